package dev.switchboard.view.table;

import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.viewmodel.ReferenceSearch;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The filter controls of a list, generated from its filter parameters in document order:
 * <ul>
 *   <li>an enum with {@code in}: a drop-down of check boxes; its plain {@code eq} parameter is then left out,
 *       as the check boxes say the same and more;
 *   <li>an enum with {@code eq}, a boolean, an {@code isnull}: a choice with "Any";
 *   <li>an {@code eq} on a field that holds another resource's id ({@code agent_id}): a picker that finds the
 *       record by name, when that resource can be listed (else the id is typed in a field);
 *   <li>a date or date-time bound ({@code gte}, {@code gt}, {@code lte}, {@code lt}): a date picker, and a lower
 *       and an upper bound on the same field become one range control;
 *   <li>everything else (numbers, text, {@code like}, an {@code in} without values): a field, sent once typing
 *       pauses.
 * </ul>
 */
final class FilterBar {

  private static final Set<FieldType> DATES = EnumSet.of(FieldType.DATE, FieldType.DATE_TIME);
  private static final Set<FilterOp> LOWER = EnumSet.of(FilterOp.GTE, FilterOp.GT);
  private static final Set<FilterOp> UPPER = EnumSet.of(FilterOp.LTE, FilterOp.LT);

  private FilterBar() {}

  static List<FilterControl> controls(FilterSupport support) {
    List<FilterDef> defs = support.vm.filterDefs();
    Set<String> multiFields = new HashSet<>();
    defs.stream().filter(d -> d.op() == FilterOp.IN && !d.enumValues().isEmpty())
        .forEach(d -> multiFields.add(d.field()));
    Set<String> done = new HashSet<>();
    List<FilterControl> controls = new ArrayList<>();
    for (FilterDef def : defs) {
      if (!done.add(def.param())) {
        continue;
      }
      if (DATES.contains(def.type()) && (LOWER.contains(def.op()) || UPPER.contains(def.op()))) {
        Set<FilterOp> other = LOWER.contains(def.op()) ? UPPER : LOWER;
        Optional<FilterDef> partner = defs.stream()
            .filter(d -> d.field().equals(def.field()) && other.contains(d.op()) && !done.contains(d.param()))
            .findFirst();
        partner.ifPresent(p -> done.add(p.param()));
        Optional<FilterDef> low = LOWER.contains(def.op()) ? Optional.of(def) : partner;
        Optional<FilterDef> high = LOWER.contains(def.op()) ? partner : Optional.of(def);
        controls.add(new DateRangeFilter(support, low, high));
      } else if (def.type() == FieldType.DATE && def.op() == FilterOp.EQ) {
        controls.add(new DateRangeFilter(support, Optional.of(def), Optional.empty()));
      } else if (def.op() == FilterOp.IN && !def.enumValues().isEmpty()) {
        controls.add(new MultiChoiceFilter(support, def));
      } else if (def.op() == FilterOp.EQ && def.type() == FieldType.ENUM && multiFields.contains(def.field())) {
        continue;
      } else if (def.op() != FilterOp.IN && (def.type() == FieldType.BOOLEAN || def.op() == FilterOp.ISNULL
          || !def.enumValues().isEmpty() && (def.op() == FilterOp.EQ || def.op() == FilterOp.NEQ))) {
        controls.add(new ChoiceFilter(support, def));
      } else {
        Optional<ReferenceSearch> picker = def.op() == FilterOp.EQ ? referenceSearch(support, def) : Optional.empty();
        controls.add(picker.<FilterControl>map(search -> new ReferenceFilter(support, def, search))
            .orElseGet(() -> new TextFilter(support, def)));
      }
    }
    return controls;
  }

  private static Optional<ReferenceSearch> referenceSearch(FilterSupport support, FilterDef def) {
    return support.field(def).flatMap(support.searches::forField);
  }
}
