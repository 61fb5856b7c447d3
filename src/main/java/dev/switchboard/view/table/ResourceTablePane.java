package dev.switchboard.view.table;

import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.view.Allowed;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.Clock;
import java.util.List;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The table of one resource, generated from the model: a search box and filter bar, chips of the active
 * filters, the records with server-side sorting from the headers, a paging bar, a column chooser, a progress
 * indicator over the rows while a page loads (the old rows stay) and a non-modal error bar with Retry. Enter
 * or a double-click opens the selected record through {@link #setOnOpen}.
 */
public final class ResourceTablePane extends BorderPane {

  /** How long a load may take before the progress indicator shows, so quick pages do not flicker. */
  static final Duration PROGRESS_DELAY = Duration.millis(150);

  /** The height of a row in the dense table style: one line of text or a chip. */
  static final double ROW_HEIGHT = 26;

  private final ResourceListViewModel vm;
  private final TableView<Record> table = new TableView<>();
  /** Held here: each call to {@code vm.rows()} makes a new read-only wrapper that only weakly follows the rows. */
  private final ObservableList<Record> rows;
  private final ProgressiveRows<Record> progressive;
  private final TextField search = new TextField();
  private Consumer<Record> onOpen = record -> {};
  private Runnable onNew = () -> {};
  private Consumer<ActionDef> onCollectionAction = action -> {};
  private final TableNotice notice;
  private final Permissions permissions;
  private BulkActions bulkActions = new BulkActions() {
    @Override
    public void delete(List<Record> records) {}

    @Override
    public void edit(List<Record> records) {}

    @Override
    public void run(ActionDef action, List<Record> records) {}
  };

  /** Names of referenced records arrive after the page: chips that show one ("Agent: Dana Scully") follow. */
  private final MapChangeListener<String, String> nameArrived;

  public ResourceTablePane(ResourceListViewModel vm, CellRegistry cells, ReferenceNames references,
      ReferenceSearches searches, Debouncer.Scheduler typing) {
    this(vm, cells, references, searches, typing, Permissions.everything());
  }

  /** With what the person may do: New, the bulk bar's buttons and actions they may not call are left out. */
  public ResourceTablePane(ResourceListViewModel vm, CellRegistry cells, ReferenceNames references,
      ReferenceSearches searches, Debouncer.Scheduler typing, Permissions permissions) {
    this(vm, cells, references, searches, typing, Clock.systemUTC(), permissions);
  }

  /** With the clock that says which year is this year, for chips that leave it out ("24 Nov"). */
  ResourceTablePane(ResourceListViewModel vm, CellRegistry cells, ReferenceNames references,
      ReferenceSearches searches, Debouncer.Scheduler typing, Clock clock) {
    this(vm, cells, references, searches, typing, clock, Permissions.everything());
  }

  private ResourceTablePane(ResourceListViewModel vm, CellRegistry cells, ReferenceNames references,
      ReferenceSearches searches, Debouncer.Scheduler typing, Clock clock, Permissions permissions) {
    this.vm = vm;
    this.permissions = permissions;
    this.rows = vm.rows();
    String resource = vm.resource().name();
    setId("table-pane-" + resource);
    getStyleClass().add("resource-table");

    table.setId("table-" + resource);
    table.getStyleClass().addAll(Css.DENSE, Css.STRIPED, Css.EDGE_TO_EDGE, "record-table");
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    // Every row is one line: a fixed height spares the table measuring each row it lays out.
    table.setFixedCellSize(ROW_HEIGHT);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE); // bulk work on several rows
    progressive = new ProgressiveRows<>(table, rows);
    table.setItems(progressive.shown());
    TableColumns columns = new TableColumns(vm, table, cells);
    table.setPlaceholder(placeholder());

    List<FilterControl> controls = FilterBar.controls(new FilterSupport(vm, cells, typing, references, searches,
        clock));
    FilterChips chips = new FilterChips(vm, controls, clearAll());
    nameArrived = change -> chips.update();
    references.names().addListener(new WeakMapChangeListener<>(nameArrived));
    controls.forEach(c -> c.show(vm.filtersProperty().get()));
    vm.filtersProperty().addListener((obs, old, active) -> {
      controls.forEach(c -> c.show(active));
      chips.update();
    });
    vm.pageProperty().addListener((obs, old, page) -> chips.update());

    notice = new TableNotice(resource);
    setTop(new VBox(toolbar(controls, columns), notice.node(), chips, bulkBar()));
    setCenter(body());
    setBottom(new PagingBar(vm));
    wireOpening();
    wireSorting();
    rows.addListener((ListChangeListener<Record>) change -> {
      references.load(vm.resource().fields(), List.copyOf(rows));
      columns.fitOnce(rows);
    });
    if (!rows.isEmpty()) {
      references.load(vm.resource().fields(), List.copyOf(rows));
      columns.fitOnce(rows);
    }
  }

  public TableView<Record> table() {
    return table;
  }

  /**
   * Whether the table holds every row of the current page: a page given to an empty table arrives a few rows per
   * frame ({@link ProgressiveRows}).
   */
  public boolean showsAllRows() {
    return progressive.completeProperty().get();
  }

  /** What Enter or a double-click on a record does (the app opens the record view). */
  public void setOnOpen(Consumer<Record> onOpen) {
    this.onOpen = onOpen;
  }

  /** What the bulk bar's buttons do with the selected records. */
  public interface BulkActions {
    void delete(List<Record> records);

    void edit(List<Record> records);

    void run(ActionDef action, List<Record> records);
  }

  public void setBulkActions(BulkActions bulkActions) {
    this.bulkActions = bulkActions;
  }

  /**
   * Shown while two or more rows are selected: how many, and Delete, Edit and each item action for all of them
   * (only those the API offers).
   */
  private Node bulkBar() {
    String resource = vm.resource().name();
    Label count = new Label();
    count.setId("bulk-count-" + resource);
    FlowPane bar = new FlowPane(count); // wraps when a resource has many actions
    bar.setId("bulk-bar-" + resource);
    bar.getStyleClass().add("bulk-bar");
    ObservableList<Record> selected = table.getSelectionModel().getSelectedItems();
    javafx.beans.property.BooleanProperty allMatching = new javafx.beans.property.SimpleBooleanProperty(false);
    selected.addListener((ListChangeListener<Record>) change -> allMatching.set(false));
    String noun = vm.resource().label().toLowerCase(Locale.ROOT);
    Hyperlink selectAll = new Hyperlink();
    selectAll.setId("bulk-select-all-" + resource);
    selectAll.textProperty().bind(Bindings.createStringBinding(() -> vm.pageProperty().get()
        .flatMap(p -> p.total().isPresent() ? Optional.of(p.total().getAsLong()) : Optional.empty())
        .map(total -> "Select all " + NumberFormat.getIntegerInstance().format(total) + " matching " + noun)
        .orElse("Select all matching " + noun), vm.pageProperty()));
    selectAll.visibleProperty().bind(Bindings.createBooleanBinding(() -> !allMatching.get()
        && selected.size() == table.getItems().size() && vm.pageProperty().get().map(Page::hasNext).orElse(false),
        selected, allMatching, vm.pageProperty()));
    selectAll.managedProperty().bind(selectAll.visibleProperty());
    selectAll.setOnAction(e -> allMatching.set(true));
    bar.getChildren().add(selectAll);
    // With "all matching", the records are gathered page by page first; the buttons wait for them.
    java.util.function.Consumer<java.util.function.Consumer<List<Record>>> withSelection = act -> {
      if (!allMatching.get()) {
        act.accept(List.copyOf(selected));
        return;
      }
      bar.setDisable(true);
      count.textProperty().unbind();
      count.setText("Gathering every matching " + noun + "…");
      vm.allMatching().whenComplete((all, failure) -> {
        bar.setDisable(false);
        bindCount(count, selected, allMatching, noun);
        if (failure != null) {
          count.textProperty().unbind();
          count.setText(dev.switchboard.data.ApiProblem.in(failure).map(Throwable::getMessage)
              .orElse(String.valueOf(failure.getMessage())));
        } else {
          act.accept(all);
        }
      });
    };
    if (vm.resource().operation(OperationKind.DELETE).isPresent()) {
      Button delete = bulkButton("bulk-delete-" + resource, "Delete selected", Feather.TRASH_2,
          () -> withSelection.accept(bulkActions::delete));
      Allowed.hideUnless(delete, permissions, () -> permissions.check(vm.resource(), OperationKind.DELETE));
      bar.getChildren().add(delete);
    }
    if (vm.resource().operation(OperationKind.UPDATE).isPresent()
        || vm.resource().operation(OperationKind.REPLACE).isPresent()) {
      Button edit = bulkButton("bulk-edit-" + resource, "Edit selected…", Feather.EDIT_2,
          () -> withSelection.accept(bulkActions::edit));
      Allowed.hideUnless(edit, permissions, () -> permissions.mayUpdate(vm.resource()));
      bar.getChildren().add(edit);
    }
    for (ActionDef action : vm.resource().actions()) {
      if (action.target() == ActionDef.Target.ITEM) {
        Button run = bulkButton("bulk-action-" + action.name(), action.label() + "…", Feather.PLAY,
            () -> withSelection.accept(records -> bulkActions.run(action, records)));
        Allowed.hideUnless(run, permissions, () -> permissions.check(action));
        bar.getChildren().add(run);
      }
    }
    Button clear = bulkButton("bulk-clear-" + resource, "Clear selection", Feather.X,
        () -> table.getSelectionModel().clearSelection());
    clear.getStyleClass().add(Css.FLAT);
    bar.getChildren().add(clear);
    bindCount(count, selected, allMatching, noun);
    bar.visibleProperty().bind(Bindings.size(selected).greaterThan(1));
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private void bindCount(Label count, ObservableList<Record> selected,
      javafx.beans.value.ObservableBooleanValue allMatching, String noun) {
    count.textProperty().bind(Bindings.createStringBinding(() -> allMatching.get()
        ? "All " + vm.pageProperty().get().flatMap(p -> p.total().isPresent()
            ? Optional.of(NumberFormat.getIntegerInstance().format(p.total().getAsLong()) + " ") : Optional.empty())
            .orElse("") + "matching " + noun + " selected"
        : selected.size() + " " + noun + " selected", selected, allMatching, vm.pageProperty()));
  }

  private static Button bulkButton(String id, String text, Feather icon, Runnable action) {
    Button button = new Button(text, Icons.icon(icon));
    button.setId(id);
    button.getStyleClass().add(Css.SMALL);
    button.setOnAction(e -> action.run());
    return button;
  }

  /** What a collection action's button does: the app asks for its inputs and runs it. */
  public void setOnCollectionAction(Consumer<ActionDef> onCollectionAction) {
    this.onCollectionAction = onCollectionAction;
  }

  /** A line over the table saying what a collection action did, or what went wrong; dismissable. */
  public void showNotice(String message, boolean problem) {
    notice.show(message, problem);
  }

  /** The notice shown, or "" when there is none. */
  public String notice() {
    return notice.message();
  }

  /** What New (or Ctrl+N) does: the app opens a new record's form. */
  public void setOnNew(Runnable onNew) {
    this.onNew = onNew;
  }

  /** Puts the caret in the search box (Ctrl+F), when the API has one. */
  public void focusSearch() {
    search.requestFocus();
  }

  private Button clearAll() {
    Button clear = new Button("Clear all", Icons.icon(Feather.X_CIRCLE));
    clear.setId("clear-filters-" + vm.resource().name());
    clear.getStyleClass().addAll(Css.FLAT, Css.SMALL, "clear-filters");
    clear.setOnAction(e -> vm.clearFilters());
    return clear;
  }

  private HBox toolbar(List<FilterControl> controls, TableColumns columns) {
    String resource = vm.resource().name();
    FlowPane filters = new FlowPane();
    filters.getStyleClass().add("filter-bar");
    filters.setAlignment(Pos.CENTER_LEFT);
    if (vm.hasSearch()) {
      search.setId("search-" + resource);
      search.getStyleClass().add("table-search");
      search.setPromptText("Search " + vm.resource().label().toLowerCase(Locale.ROOT));
      search.setAccessibleText("Search " + vm.resource().label());
      search.textProperty().bindBidirectional(vm.searchTextProperty());
      Node glass = Icons.icon(Feather.SEARCH);
      glass.setMouseTransparent(true);
      glass.getStyleClass().add("search-icon");
      StackPane box = new StackPane(search, glass);
      StackPane.setAlignment(glass, Pos.CENTER_LEFT);
      box.getStyleClass().add("table-search-box");
      filters.getChildren().add(box);
    }
    controls.forEach(c -> filters.getChildren().add(c.node()));

    Button refresh = Icons.iconButton("refresh-" + resource, Feather.REFRESH_CW, "Reload this page");
    refresh.setOnAction(e -> vm.refresh());
    HBox actions = new HBox(2, ColumnChooser.create(resource, columns), refresh);
    if (vm.resource().operation(OperationKind.CREATE).isPresent()) {
      Button create = new Button("New", Icons.icon(Feather.PLUS));
      create.setId("new-" + resource);
      create.getStyleClass().add("accent");
      create.setTooltip(new javafx.scene.control.Tooltip("A new record (Ctrl+N)"));
      create.setMinWidth(Region.USE_PREF_SIZE);
      create.setOnAction(e -> onNew.run());
      Allowed.hideUnless(create, permissions, () -> permissions.check(vm.resource(), OperationKind.CREATE));
      // first in the wrapping bar, not with Columns and Reload: at 1024 pixels the fixed part must stay narrow
      filters.getChildren().add(0, create);
    }
    int afterNew = vm.resource().operation(OperationKind.CREATE).isPresent() ? 1 : 0;
    filters.getChildren().addAll(afterNew, CollectionActions.controls(resource, vm.resource().actions(), permissions,
        action -> onCollectionAction.accept(action)));
    actions.setAlignment(Pos.TOP_RIGHT);
    actions.setMinWidth(Region.USE_PREF_SIZE);

    HBox bar = new HBox(8, filters, actions);
    bar.getStyleClass().add("table-toolbar");
    HBox.setHgrow(filters, Priority.ALWAYS);
    return bar;
  }

  private StackPane body() {
    String resource = vm.resource().name();
    ProgressIndicator spinner = new ProgressIndicator();
    StackPane loading = new StackPane(spinner);
    loading.setId("loading-" + resource);
    loading.getStyleClass().add("loading-badge");
    loading.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    loading.setMouseTransparent(true);
    loading.setVisible(false);
    PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
    delay.setOnFinished(e -> loading.setVisible(vm.loadingProperty().get()));
    vm.loadingProperty().addListener((obs, was, is) -> {
      if (is) {
        delay.playFromStart();
      } else {
        delay.stop();
        loading.setVisible(false);
      }
    });

    Label message = new Label();
    message.setId("error-message-" + resource);
    message.getStyleClass().add("error-message");
    message.setWrapText(true);
    message.textProperty().bind(vm.errorProperty());
    HBox.setHgrow(message, Priority.ALWAYS);
    message.setMaxWidth(Double.MAX_VALUE);
    Button retry = new Button("Retry", Icons.icon(Feather.ROTATE_CW));
    retry.setId("retry-" + resource);
    retry.getStyleClass().add(Css.SMALL);
    retry.setOnAction(e -> vm.retry());
    retry.setMinWidth(Region.USE_PREF_SIZE);
    Node warning = Icons.icon(Feather.ALERT_TRIANGLE);
    HBox error = new HBox(10, warning, message, retry);
    error.setId("error-" + resource);
    error.getStyleClass().add("error-bar");
    error.setAlignment(Pos.CENTER_LEFT);
    error.setMaxHeight(Region.USE_PREF_SIZE);
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

    StackPane body = new StackPane(table, loading, error);
    body.getStyleClass().add("table-body");
    StackPane.setAlignment(error, Pos.TOP_CENTER);
    StackPane.setAlignment(table, Pos.TOP_CENTER); // while a new table grows to its height, it grows downwards
    StackPane.setAlignment(loading, Pos.CENTER);
    return body;
  }

  private Label placeholder() {
    String noun = vm.resource().label().toLowerCase(Locale.ROOT);
    Label label = new Label();
    label.getStyleClass().add("table-placeholder");
    label.textProperty().bind(Bindings.createStringBinding(() -> {
      if (vm.loadingProperty().get() && vm.pageProperty().get().isEmpty()) {
        return "Loading " + noun + "…";
      }
      if (!vm.errorProperty().get().isEmpty() && vm.pageProperty().get().isEmpty()) {
        return "No " + noun + " to show.";
      }
      return vm.filtersProperty().get().isEmpty() && vm.state().search().isEmpty()
          ? "There are no " + noun + " yet." : "No " + noun + " match these filters. Clear all to see every one.";
    }, vm.loadingProperty(), vm.pageProperty(), vm.errorProperty(), vm.filtersProperty()));
    return label;
  }

  private void wireOpening() {
    table.setRowFactory(view -> {
      TableRow<Record> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
          onOpen.accept(row.getItem());
        }
      });
      return row;
    });
    table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      Record selected = table.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && selected != null) {
        e.consume();
        onOpen.accept(selected);
      }
    });
  }

  /** A click on a header (not a drag to reorder, not a resize) asks the server to sort; Shift adds a key. */
  private void wireSorting() {
    table.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
        return;
      }
      for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != table; n = n.getParent()) {
        if (n instanceof TableColumnHeader header && !(n instanceof NestedTableColumnHeader)) {
          if (header.getTableColumn() != null && header.getTableColumn().getUserData() instanceof String field) {
            vm.sortBy(field, e.isShiftDown());
          }
          return;
        }
      }
    });
  }
}
