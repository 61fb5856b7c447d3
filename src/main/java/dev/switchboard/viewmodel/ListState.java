package dev.switchboard.viewmodel;

import dev.switchboard.data.Filter;
import dev.switchboard.data.Sort;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person set up in one resource's table, remembered per connection profile and resource: page size,
 * sort, filters, search, and the columns (order, visibility, widths).
 */
public record ListState(int pageSize, List<Sort> sort, List<Filter> filters, Optional<String> search,
    List<String> columnOrder, List<String> hiddenColumns, Map<String, Double> columnWidths) {

  public ListState {
    sort = List.copyOf(sort);
    filters = List.copyOf(filters);
    columnOrder = List.copyOf(columnOrder);
    hiddenColumns = List.copyOf(hiddenColumns);
    columnWidths = Map.copyOf(columnWidths);
  }

  public static ListState defaults(int pageSize) {
    return new ListState(pageSize, List.of(), List.of(), Optional.empty(), List.of(), List.of(), Map.of());
  }
}
