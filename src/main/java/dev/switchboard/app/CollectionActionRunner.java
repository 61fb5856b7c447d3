package dev.switchboard.app;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.record.ActionDialog;
import dev.switchboard.view.shell.MainWindow;
import dev.switchboard.view.table.ResourceTablePane;
import dev.switchboard.viewmodel.ActionViewModel;
import dev.switchboard.viewmodel.Connection;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a resource's collection actions from its table's toolbar: with a dialog when the action takes inputs, after
 * a confirmation when its name says it ends or removes something, else at once. What it did shows over the table,
 * and every open view of the resource reloads.
 */
final class CollectionActionRunner {

  private final ResourceDef resource;
  private final Connection connection;
  private final Executor ui;
  private final RecordTabs records;
  private final Predicate<String> confirm;
  private final Supplier<MainWindow> window;

  CollectionActionRunner(ResourceDef resource, Connection connection, Executor ui, RecordTabs records,
      Predicate<String> confirm, Supplier<MainWindow> window) {
    this.resource = resource;
    this.connection = connection;
    this.ui = ui;
    this.records = records;
    this.confirm = confirm;
    this.window = window;
  }

  void run(ActionDef action, ResourceTablePane pane) {
    ActionViewModel run = new ActionViewModel(resource, action, Optional.empty(), connection.records(), ui,
        records.rules());
    if (!run.fields().isEmpty()) {
      ActionDialog.show(pane.getScene().getWindow(), run, records.editors(), outcome -> ran(outcome, pane));
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
