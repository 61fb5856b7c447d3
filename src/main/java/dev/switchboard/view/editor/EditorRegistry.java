package dev.switchboard.view.editor;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.FieldRules;
import dev.switchboard.viewmodel.FieldViewModel;
import dev.switchboard.viewmodel.ObjectListViewModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ordered list of {@link EditorFactory factories}: the first that accepts a field makes its editor. A
 * read-only field, a field no factory accepts, and a factory that fails all get a {@link ReadOnlyEditor}, so an
 * unexpected schema never stops a form from opening.
 */
public final class EditorRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(EditorRegistry.class);
  private static final Set<FieldType> PLAIN_TEXT = EnumSet.of(FieldType.STRING, FieldType.EMAIL, FieldType.URI,
      FieldType.UUID, FieldType.DURATION);
  private static final Set<FieldType> LIST_ELEMENTS = EnumSet.of(FieldType.STRING, FieldType.INTEGER,
      FieldType.NUMBER, FieldType.EMAIL, FieldType.URI, FieldType.UUID);

  private final EditorContext context;
  private final List<EditorFactory> factories;

  public EditorRegistry(EditorContext context, List<EditorFactory> factories) {
    this.context = context;
    this.factories = List.copyOf(factories);
  }

  /** The standard editors, most specific first. */
  public static EditorRegistry standard(EditorContext context) {
    return new EditorRegistry(context, standardFactories());
  }

  public static List<EditorFactory> standardFactories() {
    List<EditorFactory> list = new ArrayList<>();
    list.add(EditorFactory.of(PasswordEditor::isPassword, (f, c) -> new PasswordEditor(f)));
    list.add(EditorFactory.of(f -> f.writeOnly() || f.type() == FieldType.PASSWORD,
        (f, c) -> TextEditor.secret(f)));
    list.add(EditorFactory.of(f -> f.reference().isPresent() && f.type() != FieldType.ARRAY,
        (f, c) -> c.references().flatMap(r -> r.searches().forField(f.def())
            .<FieldEditor>map(search -> new ReferenceEditor(f, search, r.names())))
            .orElseGet(() -> plain(f, c))));
    list.add(EditorFactory.of(f -> f.type() == FieldType.ARRAY && f.reference().isPresent(),
        (f, c) -> c.references().flatMap(r -> r.searches().forField(f.def())
            .<FieldEditor>map(search -> new ReferenceListEditor(f, search, r.names())))
            .orElseGet(() -> new TagsEditor(f))));
    list.add(EditorFactory.of(f -> f.type() == FieldType.BOOLEAN, (f, c) -> new BooleanEditor(f)));
    list.add(EditorFactory.of(f -> f.type() == FieldType.ENUM && !f.enumValues().isEmpty(),
        (f, c) -> new ChoiceEditor(f)));
    list.add(EditorFactory.of(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.NUMBER,
        (f, c) -> new NumberEditor(f, c.locale())));
    list.add(EditorFactory.of(f -> f.type() == FieldType.DATE, (f, c) -> TemporalEditors.date(f)));
    list.add(EditorFactory.of(f -> f.type() == FieldType.TIME, (f, c) -> TemporalEditors.time(f)));
    list.add(EditorFactory.of(f -> f.type() == FieldType.DATE_TIME,
        (f, c) -> TemporalEditors.dateTime(f, c.zone())));
    list.add(EditorFactory.of(EditorRegistry::isLongText, (f, c) -> TextEditor.block(f)));
    list.add(EditorFactory.of(f -> PLAIN_TEXT.contains(f.type()), (f, c) -> TextEditor.line(f)));
    list.add(EditorFactory.of(f -> f.type() == FieldType.ARRAY && f.items().filter(i -> i.type() == FieldType.ENUM
        && !i.enumValues().isEmpty()).isPresent(), (f, c) -> {
          List<String> choices = f.def().items().orElseThrow().enumValues();
          return ScopesEditor.areScopes(choices, c.scopes()) ? new ScopesEditor(f, choices, c.scopes())
              : new EnumListEditor(f, choices);
        }));
    list.add(EditorFactory.of(f -> f.type() == FieldType.ARRAY && f.items().map(FieldDef::type)
        .filter(LIST_ELEMENTS::contains).isPresent(), (f, c) -> new TagsEditor(f)));
    list.add(EditorFactory.of(EditorRegistry::isListOfObjects, (f, c) -> {
      FieldRules rules = new FieldRules(c.locale());
      EditorRegistry cells = standard(c);
      return new ObjectListEditor(new ObjectListViewModel(f, rules), cells::editorFor);
    }));
    list.add(EditorFactory.of(f -> f.type() == FieldType.JSON || f.type() == FieldType.OBJECT && f.fields().isEmpty(),
        (f, c) -> c.json().<FieldEditor>map(json -> new JsonEditor(f, json))
            .orElseGet(() -> new ReadOnlyEditor(f, c.cells()))));
    return list;
  }

  /** A reference that cannot be searched is typed as its id. */
  private static FieldEditor plain(FieldViewModel field, EditorContext context) {
    FieldType type = field.def().type();
    return type == FieldType.INTEGER || type == FieldType.NUMBER ? new NumberEditor(field, context.locale())
        : TextEditor.line(field);
  }

  /** A list whose items are objects with known properties: an inline table. */
  static boolean isListOfObjects(FieldDef field) {
    return field.type() == FieldType.ARRAY && field.items().filter(i -> !i.fields().isEmpty()).isPresent();
  }

  /** Text the schema calls long (a description, notes) or lets grow past a line. */
  static boolean isLongText(FieldDef field) {
    return field.type() == FieldType.TEXT || (field.type() == FieldType.STRING
        && field.constraints().maxLength().orElse(0) > TextEditor.LINE_LIMIT);
  }

  public EditorContext context() {
    return context;
  }

  /** The editor of {@code field}; never fails. */
  public FieldEditor editorFor(FieldViewModel field) {
    if (!field.editable()) {
      return new ReadOnlyEditor(field, context.cells());
    }
    for (EditorFactory factory : factories) {
      if (factory.accepts(field.def())) {
        try {
          return factory.create(field, context);
        } catch (RuntimeException e) {
          LOG.warn("No editor for {} ({}): showing it read-only: {}", field.path(), field.def().type().id(),
              e.toString());
          return new ReadOnlyEditor(field, context.cells());
        }
      }
    }
    return new ReadOnlyEditor(field, context.cells());
  }
}
