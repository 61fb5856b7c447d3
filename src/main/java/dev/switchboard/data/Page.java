package dev.switchboard.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a list. {@code total} is there when the backend counts; {@code hasNext} is always answered (from
 * the total, the cursor, or, for a bare array, from whether the page came back full).
 */
public record Page(List<Record> records, OptionalLong total, boolean hasNext, Optional<String> nextCursor)
    implements Paging {

  public Page {
    records = List.copyOf(records);
  }

  @Override
  public int size() {
    return records.size();
  }

  public static Page empty() {
    return new Page(List.of(), OptionalLong.of(0), false, Optional.empty());
  }
}
