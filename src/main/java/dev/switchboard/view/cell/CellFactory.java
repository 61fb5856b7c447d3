package dev.switchboard.view.cell;

import dev.switchboard.model.FieldDef;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** One entry of the {@link CellRegistry}: which fields it draws, and the view it makes for one. */
public interface CellFactory {

  boolean accepts(FieldDef field);

  /** The view for {@code field}; {@code registry} gives the context and the views of element fields. */
  CellView create(FieldDef field, CellRegistry registry);

  static CellFactory of(Predicate<FieldDef> accepts, BiFunction<FieldDef, CellRegistry, CellView> create) {
    return new CellFactory() {
      @Override
      public boolean accepts(FieldDef field) {
        return accepts.test(field);
      }

      @Override
      public CellView create(FieldDef field, CellRegistry registry) {
        return create.apply(field, registry);
      }
    };
  }
}
