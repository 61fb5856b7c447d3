package dev.switchboard.viewmodel;

import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.Reference;
import dev.switchboard.model.ResourceDef;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Makes a {@link ReferenceSearch} for each field that holds another resource's id ({@code agent_id} → users),
 * over one connection's client. A field whose resource is unknown, cannot be listed, or may not be listed by the
 * person logged in, gets none: its filter stays a plain field for the id.
 */
public final class ReferenceSearches {

  private final AdminApi api;
  private final RecordClient client;
  private final Executor ui;
  private final Debouncer.Scheduler scheduler;
  private final Permissions permissions;

  public ReferenceSearches(AdminApi api, RecordClient client, Executor ui, Debouncer.Scheduler scheduler) {
    this(api, client, ui, scheduler, Permissions.everything());
  }

  public ReferenceSearches(AdminApi api, RecordClient client, Executor ui, Debouncer.Scheduler scheduler,
      Permissions permissions) {
    this.permissions = permissions;
    this.api = api;
    this.client = client;
    this.ui = ui;
    this.scheduler = scheduler;
  }

  /** A search of the records {@code field} refers to, when there is a list to search. */
  public Optional<ReferenceSearch> forField(FieldDef field) {
    return field.reference().map(Reference::resource).flatMap(api::resource).filter(ReferenceSearch::canSearch)
        .filter(target -> permissions.mayList(target).allowed()).map(this::searchOf);
  }

  private ReferenceSearch searchOf(ResourceDef target) {
    return new ReferenceSearch(target, client, ui, new Debouncer(scheduler, Debouncer.TYPING_PAUSE));
  }
}
