package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearch;
import java.util.List;
import javafx.scene.Node;

/**
 * A field holding another record's id ({@code agent_id}), chosen by name with a {@link ReferencePicker}: the
 * form shows "Dana Scully", and sends her id. Emptying the field sends no value.
 */
final class ReferenceEditor implements FieldEditor {

  private final FieldViewModel field;
  private final ReferenceNames names;
  private final String target;
  private final ReferencePicker picker;
  private final Sync sync;

  ReferenceEditor(FieldViewModel field, ReferenceSearch search, ReferenceNames names) {
    this.field = field;
    this.names = names;
    this.target = search.target().name();
    this.picker = new ReferencePicker(search, "field-" + field.path(), this::chosenText, choice -> {
      Object id = typed(choice.id());
      names.remember(target, id, choice.title());
      write(id);
    }, () -> write(null), names.names());
    picker.field().setPromptText("Type a name to choose from the " + picker.noun());
    picker.field().setAccessibleText(field.def().label() + ", type a name to choose");
    this.sync = new Sync(field, value -> {
      if (value != null && names.name(target, value).isEmpty()) {
        names.lookUp(target, List.of(value));
      }
      picker.showChosen();
    });
  }

  private void write(Object id) {
    sync.write(id);
  }

  /** The chosen record's name; its id only while the name is on its way or when there is none. */
  private String chosenText() {
    Object value = field.valueProperty().get();
    if (value == null || value instanceof FieldViewModel.Unparsed) {
      return "";
    }
    return names.name(target, value).orElse("#" + value);
  }

  private Object typed(String id) {
    return ReferencePicker.typedId(field.def().type(), id);
  }

  @Override
  public Node node() {
    return picker.node();
  }

  @Override
  public void focus() {
    picker.field().requestFocus();
  }
}
