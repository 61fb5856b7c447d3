package dev.switchboard.view.cell;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.cell.Views.Check;
import dev.switchboard.view.cell.Views.Chip;
import dev.switchboard.view.cell.Views.Duration;
import dev.switchboard.view.cell.Views.Link;
import dev.switchboard.view.cell.Views.Many;
import dev.switchboard.view.cell.Views.ObjectSummary;
import dev.switchboard.view.cell.Views.Reference;
import dev.switchboard.view.cell.Views.Temporal;
import dev.switchboard.view.cell.Views.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ordered list of {@link CellFactory factories}: the first that accepts a field makes its view; a field no
 * factory accepts is shown as plain text. Every view it hands out shows {@code null} as "—" and falls back to the
 * value's plain text if its formatting fails, so an unexpected value never breaks a table.
 */
public final class CellRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(CellRegistry.class);
  private static final Set<FieldType> TEMPORAL = EnumSet.of(FieldType.DATE, FieldType.DATE_TIME, FieldType.TIME);

  private final CellContext context;
  private final List<CellFactory> factories;

  public CellRegistry(CellContext context, List<CellFactory> factories) {
    this.context = context;
    this.factories = List.copyOf(factories);
  }

  /** The standard factories, most specific first: references, durations, then by type. */
  public static CellRegistry standard(CellContext context) {
    return new CellRegistry(context, standardFactories());
  }

  public static List<CellFactory> standardFactories() {
    List<CellFactory> list = new ArrayList<>();
    list.add(CellFactory.of(f -> f.reference().isPresent() && f.type() != FieldType.ARRAY,
        (f, r) -> new Reference(f.reference().orElseThrow().resource(), r.context())));
    list.add(CellFactory.of(Views::isDuration, (f, r) -> new Duration()));
    list.add(CellFactory.of(f -> f.type() == FieldType.BOOLEAN, (f, r) -> new Check()));
    list.add(CellFactory.of(f -> TEMPORAL.contains(f.type()), (f, r) -> new Temporal(f.type(), r.context())));
    list.add(CellFactory.of(f -> f.type() == FieldType.ENUM, (f, r) -> new Chip()));
    list.add(CellFactory.of(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.NUMBER,
        (f, r) -> new Views.Number(r.context().locale(), !Views.isIdLike(f))));
    list.add(CellFactory.of(f -> f.type() == FieldType.URI, (f, r) -> new Link(r.context())));
    list.add(CellFactory.of(f -> f.type() == FieldType.ARRAY,
        (f, r) -> new Many(f.items().map(r::viewFor).orElseGet(() -> r.safe(new Text())))));
    list.add(CellFactory.of(f -> f.type() == FieldType.OBJECT || f.type() == FieldType.JSON,
        (f, r) -> new ObjectSummary()));
    return list;
  }

  public CellContext context() {
    return context;
  }

  /** The view of {@code field}'s values; never fails. */
  public CellView viewFor(FieldDef field) {
    for (CellFactory factory : factories) {
      if (factory.accepts(field)) {
        return safe(factory.create(field, this));
      }
    }
    return safe(new Text());
  }

  /** {@code value} as text the way {@code field}'s cells show it. */
  public String text(FieldDef field, Object value) {
    return viewFor(field).text(value);
  }

  CellView safe(CellView view) {
    return view instanceof Safe ? view : new Safe(view);
  }

  /** Nulls as "—", and a formatting failure as the plain value (logged), never as an exception. */
  private record Safe(CellView view) implements CellView {
    @Override
    public String text(Object value) {
      if (value == null) {
        return Formats.NONE;
      }
      try {
        return view.text(value);
      } catch (RuntimeException e) {
        LOG.warn("Showing {} as plain text: {}", value, e.toString());
        return String.valueOf(value);
      }
    }

    @Override
    public Node graphic(Object value) {
      if (value == null) {
        return null;
      }
      try {
        return view.graphic(value);
      } catch (RuntimeException e) {
        return null;
      }
    }

    @Override
    public Node graphic(Object value, Node previous) {
      if (value == null) {
        return null;
      }
      try {
        return view.graphic(value, previous);
      } catch (RuntimeException e) {
        return null;
      }
    }

    @Override
    public Pos alignment() {
      return view.alignment();
    }

    @Override
    public String styleClass() {
      return view.styleClass();
    }

    @Override
    public boolean wantsTooltip() {
      return view.wantsTooltip();
    }

    @Override
    public Optional<Observable> changes() {
      return view.changes();
    }

    @Override
    public boolean activate(Object value) {
      return value != null && view.activate(value);
    }
  }
}
