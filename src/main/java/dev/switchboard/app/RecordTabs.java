package dev.switchboard.app;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.view.record.ActionDialog;
import dev.switchboard.viewmodel.AccountFields;
import dev.switchboard.viewmodel.ActionViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.editor.EditorContext;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.view.record.RecordFormPane;
import dev.switchboard.view.activity.RecordHistoryPane;
import dev.switchboard.view.record.RecordView;
import dev.switchboard.viewmodel.ActivityLog;
import dev.switchboard.viewmodel.ActivityViewModel;
import dev.switchboard.view.shell.MainWindow;
import dev.switchboard.view.shell.TabContent;
import dev.switchboard.viewmodel.Connection;
import dev.switchboard.viewmodel.FieldRules;
import dev.switchboard.viewmodel.RecordFormViewModel;
import dev.switchboard.viewmodel.RecordTitles;
import dev.switchboard.viewmodel.RoleChoices;
import dev.switchboard.viewmodel.SubCollectionViewModel;
import dev.switchboard.viewmodel.SubCollections;
import dev.switchboard.view.record.SubCollectionPane;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.scene.layout.BorderPane;

/**
 * The tabs of single records: a record's read-only view, which turns into its edit form in place (Edit, F2) and
 * back; and a tab per new record's form (New, Ctrl+N, "Save as new"), which becomes the record's view once it
 * is created. Every save and delete reloads the resource's open table.
 */
final class RecordTabs {

  private final Connection connection;
  private final Executor ui;
  private final CellRegistry cells;
  private final ReferenceNames references;
  private final EditorRegistry editors;
  private final FieldRules rules;
  private final Predicate<String> confirm;
  private final AtomicInteger newForms = new AtomicInteger();
  private final ActivityLog changes;
  private final RoleChoices roles;
  private MainWindow window;

  RecordTabs(Connection connection, Executor ui, CellRegistry cells, ReferenceNames references,
      ReferenceSearches searches, Predicate<String> confirm, ActivityLog changes) {
    this.connection = connection;
    this.changes = changes;
    this.ui = ui;
    this.cells = cells;
    this.references = references;
    this.confirm = confirm;
    Locale locale = cells.context().locale();
    Map<String, String> scopes = new LinkedHashMap<>();
    connection.api().security().forEach(scheme -> scheme.scopes().forEach(scopes::putIfAbsent));
    this.editors = EditorRegistry.standard(new EditorContext(ZoneId.systemDefault(), locale, cells,
        Optional.of(new EditorContext.References(searches, references)), Optional.of(new JsonText()))
        .withScopes(scopes));
    this.rules = new FieldRules(locale);
    this.roles = new RoleChoices(connection.api(), connection.records(), ui);
  }

  EditorRegistry editors() {
    return editors;
  }

  FieldRules rules() {
    return rules;
  }

  void attach(MainWindow mainWindow) {
    this.window = mainWindow;
  }

  void openRecord(ResourceDef resource, Record record) {
    if (window == null) {
      return;
    }
    RecordTab tab = new RecordTab(resource, record, false);
    window.openTab(tab.key, tab.title(), tab);
  }

  /** My account: the logged-in person's own record, read through the API's "who am I" path, in a record tab. */
  void openMyAccount(AccountFields.CurrentUser me) {
    connection.records().action(me.resource(), me.action().name(), Optional.empty(), Map.of())
        .whenCompleteAsync((answer, failure) -> {
          if (failure != null || answer.record().isEmpty()) {
            ConfirmDialog.tell(window.getScene().getWindow(), "Your account could not be shown: " + (failure == null ? "the server sent no record."
                : ApiProblem.in(failure).map(Throwable::getMessage).orElse(String.valueOf(failure.getMessage()))));
            return;
          }
          RecordTab tab = new RecordTab(me.resource(), answer.record().get(), true);
          window.openTab(tab.key, tab.title(), tab);
        }, ui);
  }

  void openNew(ResourceDef resource) {
    if (window != null && connection.permissions().check(resource, OperationKind.CREATE).allowed()) {
      openForm(resource, RecordFormViewModel.forNew(resource, connection.records(), ui, rules));
    }
  }

  void openCopy(ResourceDef resource, Record source) {
    if (window != null && connection.permissions().check(resource, OperationKind.CREATE).allowed()) {
      openForm(resource, RecordFormViewModel.copyOf(resource, source, connection.records(), ui, rules));
    }
  }

  /**
   * Other tables show this record by name (a user as a call's agent): they show the name as saved, not the one
   * fetched before.
   */
  private void nameChanged(ResourceDef resource, Record saved) {
    saved.id(resource.idField().orElse("id"))
        .ifPresent(id -> references.remember(resource.name(), id, RecordTitles.title(resource, saved)));
  }

  private void openForm(ResourceDef resource, RecordFormViewModel form) {
    roles.linkIn(form);
    String key = resource.name() + "/new-" + newForms.incrementAndGet();
    RecordFormPane pane = new RecordFormPane(form, editors, connection.permissions());
    pane.setConfirm(confirm);
    pane.setOnClose(() -> window.closeTab(key));
    pane.setOnSaved(created -> {
      window.refreshResource(resource.name());
      window.closeTab(key);
      openRecord(resource, created);
    });
    window.openTab(key, "New " + RecordFormPane.singular(resource), new TabContent() {
      @Override
      public javafx.scene.Node node() {
        return pane;
      }

      @Override
      public boolean mayClose() {
        return pane.mayClose();
      }
    });
    pane.focusFirstField();
  }

  /** One record's tab: its view, or its form while it is being edited. */
  private final class RecordTab implements TabContent {

    private final ResourceDef resource;
    private final String key;
    private final BorderPane holder = new BorderPane();
    private Record record;
    private RecordFormPane form;
    private boolean gone;
    /** My account: the record is the person's own, with the actions on it (change my password). */
    private final boolean own;

    RecordTab(ResourceDef resource, Record record, boolean own) {
      this.own = own;
      this.resource = resource;
      this.record = record;
      this.key = resource.name() + "/" + record.id(resource.idField().orElse("id")).orElse("?");
      showView();
    }

    String title() {
      return resource.label() + ": " + RecordTitles.title(resource, record);
    }

    private void showView() {
      showView("", false);
    }

    private void showView(String notice, boolean problem) {
      RecordView view = new RecordView(resource, record, cells, references, connection.permissions());
      view.setOnAction(this::run);
      view.showNotice(notice, problem);
      view.setOnOpenReference((resourceName, id) -> connection.api().resource(resourceName).ifPresent(target ->
          connection.records().get(target, id).thenAcceptAsync(found -> openRecord(target, found), ui)));
      view.setOnEdit(this::edit);
      view.setOnCopy(() -> openCopy(resource, record));
      view.setOnToggleActive(this::setActive);
      if (own) {
        view.showAccountActions(AccountFields.ownAccountActions(resource));
      }
      record.id(resource.idField().orElse("id")).ifPresent(id -> {
        for (ResourceDef sub : SubCollections.of(connection.api(), resource)) {
          if (connection.permissions().check(sub, OperationKind.LIST).allowed()) {
            SubCollectionViewModel under = new SubCollectionViewModel(sub,
                Map.of(resource.idParam().orElseThrow(), id), connection.records(), ui);
            view.showHistory(new SubCollectionPane(under, cells, references));
            under.load();
          }
        }
        ActivityViewModel history = ActivityViewModel.forRecord(changes, ui, ZoneId.systemDefault(),
            connection.address(), resource.name(), id);
        view.showHistory(new RecordHistoryPane(history, resource.name(), cells.context().locale()));
        history.load();
      });
      holder.setCenter(view);
    }

    @Override
    public javafx.scene.Node node() {
      return holder;
    }

    @Override
    public void edit() {
      if (form != null || !connection.permissions().mayUpdate(resource).allowed()) {
        return; // F2 where Edit is greyed does nothing either
      }
      RecordFormViewModel edited = RecordFormViewModel.forEdit(resource, record, connection.records(), ui, rules);
      roles.linkIn(edited);
      form = new RecordFormPane(edited, editors, connection.permissions());
      form.setConfirm(confirm);
      form.setOnSaved(saved -> {
        record = saved;
        window.retitleTab(key, title());
        nameChanged(resource, saved);
        window.refreshResource(resource.name());
      });
      form.setOnDeleted(() -> {
        gone = true;
        window.refreshResource(resource.name());
        window.closeTab(key);
      });
      form.setOnClose(() -> {
        form = null;
        if (!gone) {
          showView();
        }
      });
      holder.setCenter(form);
      form.focusFirstField();
    }

    @Override
    public void newRecord() {
      openNew(resource);
    }

    @Override
    public boolean canCreate() {
      return connection.permissions().check(resource, OperationKind.CREATE).allowed();
    }

    @Override
    public boolean canEdit() {
      return form == null && connection.permissions().mayUpdate(resource).allowed();
    }

    /**
     * Runs an item action: with a dialog when it takes inputs, after a confirmation when its name says it ends or
     * removes something, else at once. The record shows what the server made of it, and its table reloads.
     */
    private void run(ActionDef action) {
      ActionViewModel run = new ActionViewModel(resource, action, Optional.of(record), connection.records(), ui,
          rules);
      if (run.fields().isEmpty()) {
        if (run.isDestructive() && !confirm.test(run.confirmation())) {
          return;
        }
        run.run().thenAccept(outcome -> outcome.ifPresentOrElse(this::ran,
            () -> showView(run.errorProperty().get(), true)));
      } else if (AccountFields.isOwnAccountAction(action)) {
        // a change to one's own account (a password) changes nothing shown: say so, reload nothing
        ActionDialog.show(holder.getScene().getWindow(), run, editors, outcome -> showView(outcome.message(), false));
      } else {
        ActionDialog.show(holder.getScene().getWindow(), run, editors, this::ran);
      }
    }

    /** Deactivate (after asking) or Activate the account: one change of its "may log in" switch. */
    private void setActive(boolean active) {
      String name = RecordTitles.title(resource, record);
      if (!active && !confirm.test("Deactivate " + name + "? They can no longer log in until activated again.")) {
        return;
      }
      String field = AccountFields.activeField(resource).orElseThrow().name();
      connection.records().update(resource, record, Map.of(field, active)).whenCompleteAsync((saved, failure) -> {
        if (failure != null) {
          showView(ApiProblem.in(failure).map(Throwable::getMessage).orElse(String.valueOf(failure.getMessage())),
              true);
          return;
        }
        record = saved;
        window.refreshResource(resource.name());
        showView((active ? "Activated " : "Deactivated ") + name + ".", false);
      }, ui);
    }

    private void ran(ActionViewModel.Outcome outcome) {
      window.refreshResource(resource.name());
      if (outcome.record().isPresent()) {
        record = outcome.record().get();
        nameChanged(resource, record);
        window.retitleTab(key, title());
        showView(outcome.message(), false);
        return;
      }
      showView(outcome.message(), false);
      refresh(); // the action may have changed the record without sending it back
    }

    @Override
    public void refresh() {
      if (form != null) {
        return; // reloading under an open form would throw away what is typed
      }
      record.id(resource.idField().orElse("id")).ifPresent(id -> connection.records().get(resource, id)
          .thenAcceptAsync(fresh -> {
            record = fresh;
            if (form == null && holder.getCenter() instanceof RecordView shown) {
              String kept = shown.notice();
              showView(kept, false);
            }
          }, ui));
    }

    @Override
    public boolean mayClose() {
      return form == null || form.mayClose();
    }
  }
}
