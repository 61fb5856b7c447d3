package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.Theme;
import dev.switchboard.viewmodel.ConnectionViewModel;
import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.ConnectionViewModel.Step;
import dev.switchboard.viewmodel.ConnectionViewModel.StepState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Connecting, step by step: each step of {@link ConnectionViewModel#steps()} with its state, the sentence that
 * says why a step failed, Cancel while it runs and Back once it failed (both return to the start screen with
 * what was typed). What the schema engine could not understand is a link to a list, never a stop.
 */
public final class ConnectingPane extends StackPane {

  private final ConnectionViewModel connection;
  private final VBox steps = new VBox(10);
  private final BooleanProperty diagnosticsShown = new SimpleBooleanProperty(false);

  public ConnectingPane(ConnectionViewModel connection) {
    this.connection = connection;
    setId("connecting");
    getStyleClass().add("connecting");

    Label title = label("", "card-title");
    title.setId("connecting-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> title(connection.phaseProperty().get(),
        connection.targetProperty().get()), connection.phaseProperty(), connection.targetProperty()));
    title.setWrapText(true);

    steps.setId("connecting-steps");
    connection.steps().addListener((ListChangeListener<Step>) c -> rebuildSteps());
    rebuildSteps();

    BooleanBinding failed = connection.phaseProperty().isEqualTo(Phase.FAILED);
    Label error = Ui.wrapped("", "danger-text", "connect-error");
    error.setId("connect-error");
    error.textProperty().bind(connection.errorProperty());
    error.setGraphic(icon(Feather.ALERT_CIRCLE));
    Ui.showWhen(error, failed.and(connection.errorProperty().isNotEmpty()));

    Hyperlink link = new Hyperlink();
    link.setId("diagnostics-link");
    link.setGraphic(icon(Feather.INFO));
    link.textProperty().bind(Bindings.when(diagnosticsShown)
        .then(Bindings.concat(connection.diagnosticsSummaryProperty(), " — hide"))
        .otherwise(Bindings.concat(connection.diagnosticsSummaryProperty(), " — show")));
    link.setOnAction(e -> diagnosticsShown.set(!diagnosticsShown.get()));
    Ui.showWhen(link, connection.diagnosticsSummaryProperty().isNotEmpty());
    DiagnosticsView list = new DiagnosticsView(connection.diagnostics());
    list.setPrefHeight(180);
    Ui.showWhen(list, diagnosticsShown.and(connection.diagnosticsSummaryProperty().isNotEmpty()));

    Button back = new Button("Back", icon(Feather.ARROW_LEFT));
    back.setId("connecting-back");
    back.getStyleClass().add(Theme.ACCENT);
    back.setOnAction(e -> connection.cancel());
    Ui.showWhen(back, failed);
    Button retry = new Button("Try again", icon(Feather.REFRESH_CW));
    retry.setId("connecting-retry");
    retry.setOnAction(e -> retry());
    Ui.showWhen(retry, failed);
    Button cancel = new Button("Cancel");
    cancel.setId("connecting-cancel");
    cancel.setOnAction(e -> connection.cancel());
    cancel.setCancelButton(true);
    Ui.showWhen(cancel, failed.not());
    HBox buttons = new HBox(8, Ui.grow(), retry, cancel, back);

    VBox card = new VBox(16, title, steps, error, link, list, buttons);
    card.getStyleClass().add("connecting-card");
    card.setMaxWidth(620);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    StackPane.setAlignment(card, Pos.CENTER);
    getChildren().add(card);
  }

  private void retry() {
    connection.demoAccountProperty().get().ifPresentOrElse(connection::openDemo,
        () -> connection.connect(connection.targetProperty().get()));
  }

  private static String title(Phase phase, String target) {
    return switch (phase) {
      case FAILED -> "Could not connect to " + target;
      case CONNECTED -> "Connected to " + target;
      default -> "Connecting to " + target + "…";
    };
  }

  private void rebuildSteps() {
    steps.getChildren().setAll(connection.steps().stream().map(ConnectingPane::stepLine).toList());
  }

  private static Node stepLine(Step step) {
    StackPane state = new StackPane();
    state.getStyleClass().add("step-state");
    Label text = label(step.label(), "step-label");
    HBox line = new HBox(10, state, text);
    line.getStyleClass().add("step");
    line.setAlignment(Pos.CENTER_LEFT);
    Runnable show = () -> {
      StepState now = step.state().get();
      line.getStyleClass().removeIf(c -> c.startsWith("step-") && !c.equals("step"));
      line.getStyleClass().add("step-" + now.name().toLowerCase(java.util.Locale.ROOT));
      state.getChildren().setAll(switch (now) {
        case WAITING -> icon(Feather.CIRCLE, "step-icon");
        case RUNNING -> spinner();
        case DONE -> icon(Feather.CHECK_CIRCLE, "step-icon");
        case FAILED -> icon(Feather.X_CIRCLE, "step-icon");
      });
    };
    step.state().addListener((obs, old, now) -> show.run());
    show.run();
    return line;
  }

  private static ProgressIndicator spinner() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.getStyleClass().add("step-spinner");
    spinner.setPrefSize(16, 16);
    spinner.setMaxSize(16, 16);
    return spinner;
  }
}
