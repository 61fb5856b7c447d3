package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * One control of the filter bar, for one filter parameter (or a {@code gte}/{@code lte} pair): it sends what
 * the user picks to the view model, shows what the view model holds (after a chip is removed, or a remembered
 * setup), and describes its active filters as chips.
 */
interface FilterControl {

  Node node();

  /** Shows the active filters (by parameter) without sending anything back. */
  void show(Map<String, Filter> active);

  /** The chips of this control's active filters. */
  List<Chip> chips(Map<String, Filter> active);

  /** One removable chip: what it says, and the parameters removing it clears. */
  record Chip(String text, List<String> params) {
    public Chip {
      params = List.copyOf(params);
    }
  }
}
