package dev.switchboard.view.table;

import dev.switchboard.data.RecordLookup;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.Theme;
import dev.switchboard.view.cell.CellContext;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.ListStateStore;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The calls table wired as the app wires it, over a {@link MemoryClient}: a view model, reference names, the
 * standard cells in Berlin time with British formats, and hand-driven typing pauses.
 */
public final class TableHarness {

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  /** The day the calls end on, so chips read "24 Nov" whatever the year the tests run in. */
  public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZONE);

  public final MemoryClient client;
  public final ManualTime time = new ManualTime();
  public final List<String> opened = new ArrayList<>();
  public final ReferenceNames references;
  public final CellRegistry cells;
  public final ResourceListViewModel vm;
  public final ResourceTablePane pane;

  public TableHarness(MemoryClient client, ListStateStore store) {
    this(client, store, CallCenter.CALLS, CallCenter.API);
  }

  /** The table of {@code resource} in {@code api} (another paging style, users that cannot be listed). */
  public TableHarness(MemoryClient client, ListStateStore store, ResourceDef resource, AdminApi api) {
    this.client = client;
    references = new ReferenceNames(api, new RecordLookup(client), Runnable::run);
    cells = CellRegistry.standard(CellContext.of(ZONE, Locale.UK).withReferenceNames(references.names())
        .withOpenUri(opened::add));
    vm = new ResourceListViewModel(resource, client, Runnable::run,
        new Debouncer(time, Duration.ofMillis(300)), store, 50);
    pane = new ResourceTablePane(vm, cells, references,
        new ReferenceSearches(api, client, Runnable::run, time), time, TODAY);
  }

  /** Shows the pane at 1440x900 with the app's stylesheet and loads the first page. */
  public void show(Stage stage) {
    Scene scene = new Scene(pane, 1440, 900);
    scene.getStylesheets().add(Theme.STYLESHEET);
    stage.setScene(scene);
    stage.show();
    vm.load();
  }
}
