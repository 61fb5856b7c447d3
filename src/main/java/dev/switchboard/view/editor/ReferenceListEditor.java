package dev.switchboard.view.editor;

import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.FieldViewModel;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearch;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A list of other records' ids ({@code member_ids}) as chips with their names; a {@link ReferencePicker} after
 * them adds one by name, a chip's × removes it. The ids are what is sent.
 */
final class ReferenceListEditor implements FieldEditor {

  private final FlowPane box = new FlowPane(6, 6);
  private final List<Object> ids = new ArrayList<>();
  private final FieldViewModel field;
  private final ReferenceNames names;
  private final String target;
  private final ReferencePicker picker;
  private final Sync sync;
  /** Held here: the names map keeps only a weak reference to it. */
  private final MapChangeListener<String, String> nameArrived = change -> redraw();

  ReferenceListEditor(FieldViewModel field, ReferenceSearch search, ReferenceNames names) {
    this.field = field;
    this.names = names;
    this.target = search.target().name();
    box.setId("field-" + field.path());
    box.getStyleClass().add("tags-editor");
    box.setAlignment(Pos.CENTER_LEFT);
    picker = new ReferencePicker(search, "field-" + field.path() + "-input", () -> "", this::add, () -> { },
        names.names());
    picker.field().setPromptText("Add from the " + picker.noun() + "…");
    picker.field().setPrefColumnCount(14);
    picker.field().setAccessibleText("Add to " + field.def().label());
    sync = new Sync(field, value -> {
      ids.clear();
      if (value instanceof List<?> list) {
        ids.addAll(list);
        List<Object> unknown = list.stream().filter(id -> names.name(target, id).isEmpty()).map(id -> (Object) id)
            .toList();
        if (!unknown.isEmpty()) {
          names.lookUp(target, unknown);
        }
      }
      redraw();
    });
    names.names().addListener(new WeakMapChangeListener<>(nameArrived));
  }

  private void add(ReferenceSearch.Choice choice) {
    Object id = typed(choice.id());
    names.remember(target, id, choice.title());
    if (!ids.contains(id)) {
      ids.add(id);
      changed();
    }
    picker.showChosen(); // empty again, ready for the next
  }

  private Object typed(String id) {
    return ReferencePicker.typedId(field.def().items().map(i -> i.type()).orElse(FieldType.STRING), id);
  }

  private void changed() {
    redraw();
    sync.write(List.copyOf(ids));
  }

  private void redraw() {
    List<Node> chips = new ArrayList<>();
    for (Object id : List.copyOf(ids)) {
      chips.add(Chips.removable(names.name(target, id).orElse("#" + id), () -> {
        ids.remove(id);
        changed();
      }));
    }
    chips.add(picker.node());
    box.getChildren().setAll(chips);
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void focus() {
    picker.field().requestFocus();
  }
}
