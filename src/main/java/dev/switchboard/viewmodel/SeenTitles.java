package dev.switchboard.viewmodel;

import dev.switchboard.data.Record;
import dev.switchboard.model.ResourceDef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The titles of the records seen lately, so an activity entry for a delete (which sends only an id) still names
 * its record. Bounded: the oldest are forgotten first.
 */
final class SeenTitles {

  private final Map<String, String> titles;

  SeenTitles(int capacity) {
    this.titles = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized void remember(ResourceDef resource, Record record) {
    record.id(resource.idField().orElse("id"))
        .ifPresent(id -> titles.put(resource.name() + "/" + id, RecordTitles.title(resource, record)));
  }

  /** The title last seen for the record {@code id} of the resource named {@code resource}. */
  synchronized java.util.Optional<String> seen(String resource, String id) {
    return java.util.Optional.ofNullable(titles.get(resource + "/" + id));
  }

  /** The title last seen for this record, or empty (the entry then names it by id). */
  synchronized String title(ResourceDef resource, String id) {
    return titles.getOrDefault(resource.name() + "/" + id, "");
  }
}
