package dev.switchboard.app;

import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.record.ActionDialog;
import dev.switchboard.view.record.BulkEditDialog;
import dev.switchboard.view.shell.MainWindow;
import dev.switchboard.view.table.BulkDialog;
import dev.switchboard.view.table.ResourceTablePane;
import dev.switchboard.viewmodel.ActionViewModel;
import dev.switchboard.viewmodel.BulkViewModel;
import dev.switchboard.viewmodel.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The work a resource's table starts beyond browsing. Its bulk bar: delete, edit or run an action on every selected
 * record, after a confirmation where it removes or ends something, with a {@link BulkDialog} showing progress and
 * failures. Its toolbar's collection actions ({@link #runOnCollection}): with a dialog when the action takes inputs,
 * after a confirmation when its name says it ends or removes something, else at once; what it did shows over the
 * table, and every open view of the resource reloads.
 */
final class TableWork implements ResourceTablePane.BulkActions {

  private final ResourceDef resource;
  private final Connection connection;
  private final Executor ui;
  private final RecordTabs records;
  private final Predicate<String> confirm;
  private final Supplier<MainWindow> window;

  TableWork(ResourceDef resource, Connection connection, Executor ui, RecordTabs records, Predicate<String> confirm,
      Supplier<MainWindow> window) {
    this.resource = resource;
    this.connection = connection;
    this.ui = ui;
    this.records = records;
    this.confirm = confirm;
    this.window = window;
  }

  private String many(int count) {
    return count + " " + resource.label().toLowerCase(Locale.ROOT);
  }

  private Window owner() {
    return window.get().getScene().getWindow();
  }

  private void start(String title, BulkViewModel bulk) {
    BulkDialog.show(owner(), title, bulk, () -> window.get().refreshResource(resource.name()));
  }

  @Override
  public void delete(List<Record> selected) {
    if (confirm.test("Delete " + many(selected.size()) + "? This cannot be undone.")) {
      start("Delete " + many(selected.size()), BulkViewModel.delete(resource, selected, connection.records(), ui));
    }
  }

  @Override
  public void edit(List<Record> selected) {
    BulkEditDialog.show(owner(), resource, selected.size(), records.editors(), records.rules(), changes ->
        start("Edit " + many(selected.size()), BulkViewModel.update(resource, selected, changes,
            connection.records(), ui)));
  }

  @Override
  public void run(ActionDef action, List<Record> selected) {
    ActionViewModel inputs = new ActionViewModel(resource, action, Optional.empty(), connection.records(), ui,
        records.rules());
    if (inputs.fields().isEmpty()) {
      if (!inputs.isDestructive() || confirm.test(action.label() + " on " + many(selected.size()) + "?")) {
        runWith(action, selected, Map.of());
      }
      return;
    }
    ActionDialog.collect(owner(), inputs, records.editors(), body -> {
      if (!inputs.isDestructive() || confirm.test(action.label() + " on " + many(selected.size()) + "?")) {
        runWith(action, selected, body);
      }
    });
  }

  private void runWith(ActionDef action, List<Record> selected, Map<String, ?> body) {
    start(action.label() + " on " + many(selected.size()), BulkViewModel.action(resource, selected, action.name(),
        "done (" + action.label() + ")", body, connection.records(), ui));
  }

  void runOnCollection(ActionDef action, ResourceTablePane pane) {
    ActionViewModel run = new ActionViewModel(resource, action, Optional.empty(), connection.records(), ui,
        records.rules());
    if (!run.fields().isEmpty()) {
      ActionDialog.show(owner(), run, records.editors(), outcome -> ran(outcome, pane));
      return;
    }
    if (run.isDestructive() && !confirm.test(run.confirmation())) {
      return;
    }
    run.run().thenAccept(outcome -> outcome.ifPresentOrElse(done -> ran(done, pane),
        () -> pane.showNotice(run.errorProperty().get(), true)));
  }

  private void ran(ActionViewModel.Outcome outcome, ResourceTablePane pane) {
    pane.showNotice(outcome.message(), false);
    window.get().refreshResource(resource.name());
  }
}
