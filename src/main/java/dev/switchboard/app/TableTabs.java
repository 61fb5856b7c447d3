package dev.switchboard.app;

import dev.switchboard.data.Record;
import dev.switchboard.data.RecordLookup;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.cell.CellContext;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.shell.MainWindow;
import dev.switchboard.view.shell.ResourceTabs;
import dev.switchboard.view.shell.TabContent;
import dev.switchboard.view.activity.ActivityPane;
import dev.switchboard.view.table.ResourceTablePane;
import dev.switchboard.viewmodel.ActivityExport;
import dev.switchboard.viewmodel.ActivityLog;
import dev.switchboard.viewmodel.ActivityViewModel;
import dev.switchboard.viewmodel.Connection;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.ListStateStore;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;

/**
 * The main window's tabs for one connection: a generated table per resource, and a record view per opened
 * record. One {@link RecordLookup} serves the whole connection, so a user's name is fetched once however many
 * tables show it.
 */
final class TableTabs implements ResourceTabs {

  private final Connection connection;
  private final Executor ui;
  private final Debouncer.Scheduler scheduler;
  private final ListStateStore states;
  private final CellRegistry cells;
  private final ReferenceNames references;
  private final RecordTabs records;
  private final Predicate<String> confirm;
  private MainWindow window;
  private final ReferenceSearches searches;
  private final ActivityLog changes;
  private final ActivityExport export;

  TableTabs(Connection connection, Executor ui, Debouncer.Scheduler scheduler, ListStateStore states,
      Consumer<String> openUri, Predicate<String> confirm, ActivityLog changes, ActivityExport export) {
    this.connection = connection;
    this.changes = changes;
    this.export = export;
    this.ui = ui;
    this.scheduler = scheduler;
    this.states = states;
    AdminApi api = connection.api();
    this.references = new ReferenceNames(api, new RecordLookup(connection.records()), ui,
        connection.permissions());
    this.searches = new ReferenceSearches(api, connection.records(), ui, scheduler, connection.permissions());
    this.cells = CellRegistry.standard(CellContext.of(ZoneId.systemDefault(), Locale.getDefault(Locale.Category.FORMAT))
        .withReferenceNames(references.names()).withOpenUri(openUri));
    this.records = new RecordTabs(connection, ui, cells, references, searches, confirm, changes);
    this.confirm = confirm;
  }

  /** The window the record tabs open in; set once it exists. */
  void attach(MainWindow mainWindow) {
    records.attach(mainWindow);
    this.window = mainWindow;
  }

  @Override
  public TabContent open(ResourceDef resource) {
    ResourceListViewModel vm = new ResourceListViewModel(resource, connection.records(), ui,
        new Debouncer(scheduler, Debouncer.TYPING_PAUSE), states, 50);
    // The request goes out first, so the server works while the pane is built: its answer comes back through
    // the UI executor and cannot land before the pane exists.
    vm.load();
    ResourceTablePane pane = new ResourceTablePane(vm, cells, references, searches, scheduler,
        connection.permissions());
    pane.setOnOpen(record -> openRecord(resource, record));
    pane.setOnNew(() -> records.openNew(resource));
    TableWork work = new TableWork(resource, connection, ui, records, confirm, () -> window);
    pane.setBulkActions(work);
    pane.setOnCollectionAction(action -> work.runOnCollection(action, pane));
    return new TabContent() {
      @Override
      public Node node() {
        return pane;
      }

      @Override
      public void refresh() {
        vm.refresh();
      }

      @Override
      public void focusSearch() {
        pane.focusSearch();
      }

      @Override
      public void previousPage() {
        vm.previousPage();
      }

      @Override
      public void nextPage() {
        vm.nextPage();
      }

      @Override
      public void openSelected() {
        Record selected = pane.table().getSelectionModel().getSelectedItem();
        if (selected != null) {
          openRecord(resource, selected);
        }
      }

      @Override
      public void newRecord() {
        records.openNew(resource);
      }

      @Override
      public boolean canCreate() {
        return connection.permissions().check(resource, OperationKind.CREATE).allowed();
      }

      @Override
      public void close() {
        vm.close();
      }
    };
  }

  /** File → My account. */
  void openMyAccount(dev.switchboard.viewmodel.AccountFields.CurrentUser me) {
    records.openMyAccount(me);
  }

  /** The activity log of every backend and user, the resources of this one by their labels. */
  @Override
  public Optional<TabContent> activity() {
    ActivityViewModel vm = ActivityViewModel.forAll(changes, ui, ZoneId.systemDefault(), export);
    vm.load();
    AdminApi api = connection.api();
    ActivityPane pane = new ActivityPane(vm, cells.context().locale(),
        name -> api.resource(name).map(ResourceDef::label).orElse(name));
    AutoCloseable following = changes.onAppended(() -> ui.execute(vm::load)); // a change made elsewhere shows
    return Optional.of(new TabContent() {
      @Override
      public Node node() {
        return pane;
      }

      @Override
      public void refresh() {
        vm.load();
      }

      @Override
      public void close() {
        try {
          following.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    });
  }

  private void openRecord(ResourceDef resource, Record record) {
    records.openRecord(resource, record);
  }
}
