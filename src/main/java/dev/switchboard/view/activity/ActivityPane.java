package dev.switchboard.view.activity;

import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Activity tab: every change made through Switchboard, newest first, with filters by backend, user, resource
 * and day; the selected change's fields (before → after) below the table; and Export CSV of everything the
 * filters let through.
 */
public final class ActivityPane extends BorderPane {

  private final ActivityViewModel vm;
  private final ActivityText text;
  private final UnaryOperator<String> resourceLabels;
  private final TableView<ActivityEntry> table = new TableView<>();
  private final VBox detail = new VBox();
  private Function<Window, Optional<Path>> chooseFile = ActivityPane::chooseCsvFile;

  /** @param resourceLabels a resource's label by its name ("calls" → "Calls"), the name itself when unknown */
  public ActivityPane(ActivityViewModel vm, Locale locale, UnaryOperator<String> resourceLabels) {
    this.vm = vm;
    this.text = new ActivityText(vm.zone(), locale);
    this.resourceLabels = resourceLabels;
    setId("activity");
    getStyleClass().add("activity-pane");
    setTop(toolbar());
    detail.setId("activity-detail");
    detail.getStyleClass().add("activity-detail");
    ScrollPane detailScroll = new ScrollPane(detail);
    detailScroll.setFitToWidth(true);
    detailScroll.getStyleClass().add("activity-detail-scroll");
    SplitPane split = new SplitPane(buildTable(), detailScroll);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.62);
    setCenter(split);
    Label message = new Label();
    message.setId("activity-message");
    message.getStyleClass().addAll("muted", "activity-message");
    message.textProperty().bind(vm.messageProperty());
    setBottom(message);
    vm.selectedProperty().addListener((obs, old, entry) -> showDetail(entry));
    showDetail(null);
  }

  /** How Export asks for a file; tests give their own, since a native file dialog cannot be driven headless. */
  public void setFileChooser(Function<Window, Optional<Path>> chooser) {
    this.chooseFile = chooser;
  }

  public TableView<ActivityEntry> table() {
    return table;
  }

  private Region toolbar() {
    ComboBox<String> backend = choice("activity-filter-backend", "Any backend", vm.backends(),
        vm.backendProperty(), UnaryOperator.identity());
    backend.setPrefWidth(170);
    ComboBox<String> user = choice("activity-filter-user", "Anyone", vm.users(), vm.userProperty(),
        UnaryOperator.identity());
    user.setPrefWidth(110);
    ComboBox<String> resource = choice("activity-filter-resource", "Any resource", vm.resources(),
        vm.resourceProperty(), resourceLabels);
    resource.setPrefWidth(140);
    DatePicker from = date("activity-filter-from", "From day");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = date("activity-filter-to", "To day");
    to.valueProperty().bindBidirectional(vm.toProperty());
    Button clear = new Button("", new FontIcon(Feather.X));
    clear.setId("activity-clear");
    clear.setTooltip(new Tooltip("Clear the filters"));
    clear.setOnAction(e -> vm.clearFilters());
    Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
    refresh.setId("activity-refresh");
    refresh.setTooltip(new Tooltip("Read the log again (Ctrl+R)"));
    refresh.setOnAction(e -> vm.load());
    Button export = new Button("Export CSV…", new FontIcon(Feather.DOWNLOAD));
    export.setId("activity-export");
    export.setTooltip(new Tooltip("Save every change the filters let through as a CSV file"));
    export.setVisible(vm.canExport());
    export.setOnAction(e -> chooseFile.apply(getScene().getWindow()).ifPresent(vm::exportTo));
    FlowPane filters = new FlowPane(8, 6, backend, user, resource, from, label("to", "muted"), to, clear);
    filters.setAlignment(Pos.CENTER_LEFT);
    filters.getStyleClass().add("filter-bar");
    HBox.setHgrow(filters, Priority.ALWAYS);
    HBox bar = new HBox(8, filters, refresh, export);
    bar.setAlignment(Pos.TOP_LEFT);
    bar.getStyleClass().add("table-toolbar");
    return bar;
  }

  private TableView<ActivityEntry> buildTable() {
    table.setId("activity-table");
    table.getStyleClass().add("activity-table");
    table.setItems(vm.entries());
    table.setPlaceholder(label("No changes yet. What you create, change, delete or run through Switchboard"
        + " is listed here.", "table-placeholder"));
    table.getColumns().setAll(List.of(
        column("When", 170, 168, text::shortTime),
        column("User", 80, 70, ActivityEntry::user),
        column("Record", 220, 140, e -> ActivityText.record(e, resourceLabels)),
        column("What", 110, 80, ActivityEntry::operation),
        column("Changes", 360, 150, ActivityText::summary),
        column("Result", 130, 70, e -> e.ok() ? "Done" : e.result())));
    // every column in view: the table is read across, and Result must not hide past the edge; the backend is in
    // the filters and the detail below, where its long address does not squeeze the rest
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(ActivityEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && entry != null
            && !entry.ok());
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
    // the newest change is shown at once, so the pane below is never blank while there is something to show
    vm.entries().addListener((ListChangeListener<ActivityEntry>) change -> {
      if (table.getSelectionModel().isEmpty() && !vm.entries().isEmpty()) {
        table.getSelectionModel().select(0);
      }
    });
    return table;
  }

  private void showDetail(ActivityEntry entry) {
    if (entry == null) {
      detail.getChildren().setAll(label(vm.entries().isEmpty() ? "Nothing to show yet."
          : "Pick a change above to see the fields it changed.", "muted"));
      return;
    }
    Label title = label(ActivityText.record(entry, resourceLabels), "card-title");
    title.setId("activity-detail-title");
    Label when = label(ActivityText.operationBy(entry) + " · " + text.time(entry) + " · " + entry.backend(),
        "muted");
    Label result = label(entry.ok() ? "The server took the change." : "The server refused it: " + entry.result(),
        entry.ok() ? "activity-ok" : "activity-failed");
    result.setId("activity-detail-result");
    result.setWrapText(true);
    ChangeList changes = new ChangeList(entry);
    changes.setId("activity-detail-changes");
    detail.getChildren().setAll(title, when, result, changes);
  }

  private TableColumn<ActivityEntry, String> column(String title, double width, double minWidth,
      Function<ActivityEntry, String> value) {
    TableColumn<ActivityEntry, String> column = new TableColumn<>(title);
    column.setMinWidth(minWidth);
    column.setId("activity-column-" + title.toLowerCase(Locale.ROOT));
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  /** A filter's drop-down: "" (shown as {@code any}) and the values the log has. */
  private static ComboBox<String> choice(String id, String any, ObservableList<String> values, StringProperty chosen,
      UnaryOperator<String> labels) {
    ComboBox<String> box = new ComboBox<>();
    box.setId(id);
    box.setPromptText(any);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null || value.isEmpty() ? any : labels.apply(value);
      }

      @Override
      public String fromString(String shown) {
        return shown;
      }
    });
    Runnable fill = () -> {
      String keep = chosen.get();
      box.getItems().setAll(values);
      box.getItems().add(0, "");
      box.setValue(keep);
    };
    values.addListener((ListChangeListener<String>) c -> fill.run());
    fill.run();
    box.valueProperty().addListener((obs, old, now) -> chosen.set(now == null ? "" : now));
    chosen.addListener((obs, old, now) -> box.setValue(now));
    return box;
  }

  private static DatePicker date(String id, String prompt) {
    DatePicker picker = new DatePicker();
    picker.setId(id);
    picker.setPromptText(prompt);
    picker.setPrefWidth(125);
    return picker;
  }

  private static Label label(String text, String styleClass) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    return label;
  }

  private static Optional<Path> chooseCsvFile(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the activity log");
    chooser.setInitialFileName("switchboard-activity.csv");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
    File file = chooser.showSaveDialog(owner);
    return Optional.ofNullable(file).map(File::toPath);
  }
}
