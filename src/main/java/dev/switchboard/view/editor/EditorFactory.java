package dev.switchboard.view.editor;

import dev.switchboard.model.FieldDef;
import dev.switchboard.viewmodel.FieldViewModel;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** Makes the editor of the fields it accepts; the {@link EditorRegistry} asks factories in order. */
public interface EditorFactory {

  boolean accepts(FieldDef field);

  FieldEditor create(FieldViewModel field, EditorContext context);

  static EditorFactory of(Predicate<FieldDef> accepts, BiFunction<FieldViewModel, EditorContext, FieldEditor> create) {
    return new EditorFactory() {
      @Override
      public boolean accepts(FieldDef field) {
        return accepts.test(field);
      }

      @Override
      public FieldEditor create(FieldViewModel field, EditorContext context) {
        return create.apply(field, context);
      }
    };
  }
}
