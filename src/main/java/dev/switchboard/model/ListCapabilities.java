package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/** What a resource's list endpoint can do: paging, sorting, free-text search and filters. */
public record ListCapabilities(
    Pagination pagination, Optional<SortDef> sort, Optional<String> searchParam, List<FilterDef> filters) {

  public ListCapabilities {
    filters = List.copyOf(filters);
  }
}
