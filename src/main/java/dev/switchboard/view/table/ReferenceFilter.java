package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.viewmodel.ReferenceSearch;
import dev.switchboard.viewmodel.ReferenceSearch.Choice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import org.kordamp.ikonli.feather.Feather;

/**
 * A filter on a field that holds another record's id ({@code agent_id}), picked by name: type a few letters,
 * the referenced resource is searched on the server ({@link ReferenceSearch}), and choosing "Dana Scully" sets
 * the filter to her id. The field shows the chosen record's name, also for a filter restored from a remembered
 * setup, whose name is looked up. Down opens the list (the first records when nothing is typed), Up and Down
 * move in it, Enter chooses, Escape closes; emptying the field removes the filter.
 */
final class ReferenceFilter implements FilterControl {

  private static final double ROW = 28;
  private static final int ROWS_SHOWN = 8;

  private final FilterSupport support;
  private final FilterDef def;
  private final ReferenceSearch search;
  private final TextField field = new TextField();
  private final StackPane box;
  private final ListView<Choice> list = new ListView<>();
  private final Popup popup = new Popup();
  /** Held here: the names map lives as long as the connection, this control only as long as its table. */
  private final MapChangeListener<String, String> nameArrived = change -> {
    if (!field.isFocused()) {
      showName(); // never over what is being typed
    }
  };
  private boolean showing;
  private Filter seen;

  ReferenceFilter(FilterSupport support, FilterDef def, ReferenceSearch search) {
    this.support = support;
    this.def = def;
    this.search = search;
    String label = support.label(def);
    field.setId(support.id(def));
    field.getStyleClass().add("filter-reference");
    field.setPromptText(label);
    field.setTooltip(new Tooltip(label + ": type a name and choose from the " + noun()));
    field.setAccessibleText(label + ", type a name to choose");
    Node icon = Icons.icon(namesPeople(search.target().name()) ? Feather.USER : Feather.SEARCH);
    icon.setMouseTransparent(true);
    icon.getStyleClass().add("reference-icon");
    box = new StackPane(field, icon);
    StackPane.setAlignment(icon, Pos.CENTER_LEFT);
    box.getStyleClass().add("filter-reference-box");
    buildList();
    wire();
    support.references.names().addListener(new WeakMapChangeListener<>(nameArrived));
  }

  /** Whether the referenced records are people (agents, owners, members): they get a person icon. */
  private static boolean namesPeople(String resource) {
    String name = resource.toLowerCase(java.util.Locale.ROOT);
    return List.of("user", "member", "agent", "people", "person", "account", "staff", "employee").stream()
        .anyMatch(name::contains);
  }

  private String noun() {
    return search.target().label().toLowerCase(java.util.Locale.ROOT);
  }

  private void buildList() {
    list.setId(support.id(def) + "-choices");
    list.getStyleClass().add("reference-choices");
    list.setFocusTraversable(false); // typing stays in the field while the list is open
    list.setFixedCellSize(ROW);
    list.setCellFactory(view -> {
      ListCell<Choice> cell = new ListCell<>() {
        @Override
        protected void updateItem(Choice item, boolean empty) {
          super.updateItem(item, empty);
          setText(empty || item == null ? null : item.title());
        }
      };
      cell.setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
          choose(cell.getItem());
        }
      });
      return cell;
    });
    Label placeholder = new Label();
    placeholder.getStyleClass().add("reference-choices-message");
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(Bindings.when(search.searchingProperty()).then("Searching " + noun() + "…")
        .otherwise(search.messageProperty()));
    list.setPlaceholder(placeholder);
    list.setItems(search.choices());
    list.prefHeightProperty().bind(Bindings.createDoubleBinding(
        () -> Math.max(1, Math.min(ROWS_SHOWN, search.choices().size())) * ROW + 6, search.choices()));
    popup.getContent().add(list);
    popup.setAutoHide(true);
    // the list's own edge, not its shadow's, sits under the field
    popup.setAnchorLocation(PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
    popup.setHideOnEscape(true);
  }

  private void wire() {
    field.textProperty().addListener((obs, old, text) -> {
      if (showing) {
        return;
      }
      if (text == null || text.isBlank()) {
        search.cancel();
        popup.hide();
        support.apply(def, List.of());
      } else {
        search.type(text);
      }
    });
    // Each answer opens the list, even one equal to the last: the list may have closed in between.
    search.searchingProperty().addListener((obs, was, busy) -> {
      if (!busy && field.isFocused() && !(search.choices().isEmpty() && search.messageProperty().get().isEmpty())) {
        open();
        list.getSelectionModel().selectFirst();
      }
    });
    field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      switch (e.getCode()) {
        case DOWN -> {
          if (popup.isShowing()) {
            list.getSelectionModel().selectNext();
          } else {
            search.searchNow(typedText());
          }
          e.consume();
        }
        case UP -> {
          list.getSelectionModel().selectPrevious();
          e.consume();
        }
        case ENTER -> {
          Choice selected = list.getSelectionModel().getSelectedItem();
          if (popup.isShowing() && selected != null) {
            choose(selected);
            e.consume();
          }
        }
        case ESCAPE -> {
          if (popup.isShowing()) {
            popup.hide();
            e.consume();
          }
        }
        default -> { }
      }
    });
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        popup.hide();
        search.cancel();
        showName(); // a half-typed name goes back to the chosen one
      }
    });
  }

  /** What was typed, or nothing when the field still shows the chosen record (Down then lists the first ones). */
  private String typedText() {
    String text = field.getText() == null ? "" : field.getText();
    return text.equals(chosenText()) ? "" : text;
  }

  private void open() {
    if (popup.isShowing() || field.getScene() == null || field.getScene().getWindow() == null) {
      return;
    }
    Bounds bounds = field.localToScreen(field.getBoundsInLocal());
    list.setPrefWidth(Math.max(bounds.getWidth(), 240));
    popup.getScene().getStylesheets().setAll(field.getScene().getStylesheets());
    popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
  }

  private void choose(Choice choice) {
    Object value = typed(choice.id());
    support.references.remember(search.target().name(), value, choice.title());
    popup.hide();
    setText(choice.title());
    support.apply(def, List.of(value));
  }

  /** The id as the filter parameter's type wants it: user 7 is the number 7 for an integer parameter. */
  private Object typed(String id) {
    try {
      if (def.type() == FieldType.INTEGER) {
        return Long.parseLong(id);
      }
      if (def.type() == FieldType.NUMBER) {
        return new BigDecimal(id);
      }
    } catch (NumberFormatException notANumber) {
      return id;
    }
    return id;
  }

  private Optional<String> chosenName() {
    Filter filter = support.vm.filtersProperty().get().get(def.param());
    if (filter == null) {
      return Optional.empty();
    }
    return support.references.name(search.target().name(), filter.value());
  }

  /**
   * The chosen record as the chip shows it: its name once known; its id only while the name is on its way or
   * when there is none (a user who was deleted), as the table's cells do.
   */
  private String chosenText() {
    Filter filter = support.vm.filtersProperty().get().get(def.param());
    return filter == null ? "" : support.valueText(def, filter.value());
  }

  private void showName() {
    setText(chosenText());
  }

  private void setText(String text) {
    if (Objects.equals(field.getText(), text)) {
      return;
    }
    showing = true;
    try {
      field.setText(text);
    } finally {
      showing = false;
    }
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void show(Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    if (Objects.equals(filter, seen)) {
      return; // another filter changed: leave what is being typed here alone
    }
    seen = filter;
    if (filter != null && chosenName().isEmpty()) {
      support.references.lookUp(search.target().name(), filter.values());
    }
    showName();
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    return support.chip(def, active);
  }
}
