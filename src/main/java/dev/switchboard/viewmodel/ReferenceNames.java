package dev.switchboard.viewmodel;

import dev.switchboard.data.Record;
import dev.switchboard.data.RecordLookup;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.Reference;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The names of the records a page refers to ({@code agent_id: 7} shown as "Dana Scully"): after each page, the
 * ids in its reference fields are looked up in one batch per referenced resource through a {@link
 * RecordLookup}, so each record is fetched once per view. Cells watch {@link #names()} and show the id until
 * the name arrives (or if it never does: a deleted user stays "#7").
 */
public final class ReferenceNames {

  private final AdminApi api;
  private final RecordLookup lookup;
  private final Executor ui;
  private final ObservableMap<String, String> names = FXCollections.observableHashMap();

  private final Permissions permissions;

  public ReferenceNames(AdminApi api, RecordLookup lookup, Executor ui) {
    this(api, lookup, ui, Permissions.everything());
  }

  /** Names of records the person may not read are not asked for: each would only be refused. */
  public ReferenceNames(AdminApi api, RecordLookup lookup, Executor ui, Permissions permissions) {
    this.permissions = permissions;
    this.api = api;
    this.lookup = lookup;
    this.ui = ui;
  }

  /** Names by {@link #key}, filled in as lookups answer. */
  public ObservableMap<String, String> names() {
    return names;
  }

  public static String key(String resource, String id) {
    return resource + ":" + id;
  }

  public Optional<String> name(String resource, Object id) {
    return Optional.ofNullable(names.get(key(resource, text(id))));
  }

  /** Looks up every record {@code rows} refer to through {@code fields}. */
  public void load(List<FieldDef> fields, Collection<Record> rows) {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    for (FieldDef field : fields) {
      Optional<Reference> reference = field.reference()
          .or(() -> field.type() == FieldType.ARRAY ? field.items().flatMap(FieldDef::reference) : Optional.empty());
      if (reference.isEmpty() || api.resource(reference.get().resource()).isEmpty()) {
        continue;
      }
      Set<String> ids = wanted.computeIfAbsent(reference.get().resource(), r -> new LinkedHashSet<>());
      Optional<FieldDef> carrier = CarriedNames.carrier(fields, field);
      for (Record row : rows) {
        Object value = row.get(field.name()).orElse(null);
        Optional<Object> carried = carrier.flatMap(c -> row.get(c.name())).filter(n -> !String.valueOf(n).isBlank());
        if (value != null && !(value instanceof List<?>) && carried.isPresent()) {
          // the record says whose it is: no lookup, and it reads the same for someone who may not look it up
          names.put(key(reference.get().resource(), text(value)), String.valueOf(carried.get()));
          continue;
        }
        if (value instanceof List<?> many) {
          many.stream().filter(v -> v != null).forEach(v -> ids.add(text(v)));
        } else if (value != null) {
          ids.add(text(value));
        }
      }
    }
    wanted.forEach(this::lookUp);
  }

  /**
   * Looks up the names of these ids of {@code resourceName} that are not known yet, in one batch: for a filter
   * on a reference restored from a remembered setup, whose chip must say "Agent: Dana Scully", not "#7".
   */
  public void lookUp(String resourceName, Collection<?> ids) {
    Optional<ResourceDef> found = api.resource(resourceName);
    if (found.isEmpty()) {
      return;
    }
    ResourceDef resource = found.get();
    List<String> missing = new ArrayList<>(ids.stream().filter(id -> id != null).map(ReferenceNames::text)
        .distinct().toList());
    missing.removeIf(id -> names.containsKey(key(resourceName, id)));
    if (missing.isEmpty() || !readable(resource)) {
      return;
    }
    lookup.find(resource, missing).whenCompleteAsync((records, failure) -> {
      if (records != null) {
        records.forEach((id, record) -> names.put(key(resourceName, id), RecordTitles.title(resource, record)));
      }
    }, ui);
  }

  /** Whether the person may read names of {@code resource} by its list or one by one. */
  public boolean readable(ResourceDef resource) {
    return resource.operation(OperationKind.GET).map(permissions::check).filter(Permissions.Verdict::allowed).isPresent()
        || resource.operation(OperationKind.LIST).map(permissions::check).filter(Permissions.Verdict::allowed)
            .isPresent();
  }

  /** Remembers a name already at hand (a record just picked by name), so nothing is fetched for it. */
  public void remember(String resourceName, Object id, String name) {
    names.put(key(resourceName, text(id)), name);
  }

  private static String text(Object id) {
    return Record.text(id);
  }

}
