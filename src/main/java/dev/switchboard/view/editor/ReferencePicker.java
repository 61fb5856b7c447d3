package dev.switchboard.view.editor;

import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.ReferenceSearch;
import dev.switchboard.viewmodel.ReferenceSearch.Choice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A field to choose a referenced record by name: typing searches the referenced resource on the server
 * ({@link ReferenceSearch}: debounced, latest answer only) and lists the matches by title under the field. Down
 * opens the list (the first records when nothing is typed), Up and Down move, Enter or a click chooses, Esc
 * closes, and emptying the field clears the choice. Away from the field it shows the chosen record's name.
 * The filter bar's reference filters and the forms' reference fields both use it.
 */
public final class ReferencePicker {

  private static final double ROW = 28;
  private static final int ROWS_SHOWN = 8;

  private final ReferenceSearch search;
  private final Supplier<String> chosenText;
  private final Consumer<Choice> onChoose;
  private final Runnable onClear;
  private final TextField field = new TextField();
  private final StackPane box;
  private final ListView<Choice> list = new ListView<>();
  private final Popup popup = new Popup();
  /** Held here: the names map lives as long as the connection, this control only as long as its view. */
  private final MapChangeListener<String, String> nameArrived = change -> {
    if (!field.isFocused()) {
      showChosen(); // never over what is being typed
    }
  };
  private boolean showing;

  /**
   * @param id the field's node id
   * @param chosenText what the field shows for the current choice: its name, "" for none
   * @param names the connection's reference names: when one arrives, the field shows it
   */
  public ReferencePicker(ReferenceSearch search, String id, Supplier<String> chosenText, Consumer<Choice> onChoose,
      Runnable onClear, ObservableMap<String, String> names) {
    this.search = search;
    this.chosenText = chosenText;
    this.onChoose = onChoose;
    this.onClear = onClear;
    field.setId(id);
    field.getStyleClass().add("filter-reference");
    Node icon = new FontIcon(namesPeople(search.target().name()) ? Feather.USER : Feather.SEARCH);
    icon.setMouseTransparent(true);
    icon.getStyleClass().add("reference-icon");
    box = new StackPane(field, icon);
    StackPane.setAlignment(icon, Pos.CENTER_LEFT);
    box.getStyleClass().add("filter-reference-box");
    buildList(id);
    wire();
    names.addListener(new WeakMapChangeListener<>(nameArrived));
  }

  /** Whether the referenced records are people (agents, owners, members): they get a person icon. */
  private static boolean namesPeople(String resource) {
    String name = resource.toLowerCase(Locale.ROOT);
    return List.of("user", "member", "agent", "people", "person", "account", "staff", "employee").stream()
        .anyMatch(name::contains);
  }

  /** A chosen record's id as a field of {@code type} holds it: user 7 is the number 7 for an integer field. */
  public static Object typedId(FieldType type, String id) {
    try {
      if (type == FieldType.INTEGER) {
        return Long.parseLong(id);
      }
      if (type == FieldType.NUMBER) {
        return new BigDecimal(id);
      }
    } catch (NumberFormatException notANumber) {
      return id;
    }
    return id;
  }

  /** The field and its icon. */
  public Node node() {
    return box;
  }

  public TextField field() {
    return field;
  }

  public ReferenceSearch search() {
    return search;
  }

  /** The referenced resource's label in lower case ("users"), for prompts and tooltips. */
  public String noun() {
    return search.target().label().toLowerCase(Locale.ROOT);
  }

  private void buildList(String id) {
    list.setId(id + "-choices");
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
        onClear.run();
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
        showChosen(); // a half-typed name goes back to the chosen one
      }
    });
  }

  /** What was typed, or nothing when the field still shows the chosen record (Down then lists the first ones). */
  private String typedText() {
    String text = field.getText() == null ? "" : field.getText();
    return text.equals(chosenText.get()) ? "" : text;
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
    popup.hide();
    setText(choice.title());
    onChoose.accept(choice);
  }

  /** Shows the chosen record's name (or nothing), without it counting as typing. */
  public void showChosen() {
    setText(chosenText.get());
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
}
