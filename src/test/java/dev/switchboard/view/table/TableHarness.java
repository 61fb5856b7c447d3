package dev.switchboard.view.table;

import dev.switchboard.data.RecordLookup;
import dev.switchboard.view.Theme;
import dev.switchboard.view.cell.CellContext;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.ListStateStore;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.Duration;
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

  public final MemoryClient client;
  public final ManualTime time = new ManualTime();
  public final List<String> opened = new ArrayList<>();
  public final ReferenceNames references;
  public final CellRegistry cells;
  public final ResourceListViewModel vm;
  public final ResourceTablePane pane;

  public TableHarness(MemoryClient client, ListStateStore store) {
    this.client = client;
    references = new ReferenceNames(CallCenter.API, new RecordLookup(client), Runnable::run);
    cells = CellRegistry.standard(CellContext.of(ZONE, Locale.UK).withReferenceNames(references.names())
        .withOpenUri(opened::add));
    vm = new ResourceListViewModel(CallCenter.CALLS, client, Runnable::run,
        new Debouncer(time, Duration.ofMillis(300)), store, 50);
    pane = new ResourceTablePane(vm, cells, references, time);
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
