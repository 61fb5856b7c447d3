package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.viewmodel.StatusBarViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** The main window's bottom line: backend, user, granted scopes, problems reading the API, and activity. */
final class StatusBar extends HBox {

  StatusBar(StatusBarViewModel model, String diagnosticsSummary, Runnable showDiagnostics) {
    super(8);
    setId("status");
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);

    Label address = label(model.address(), "status-item");
    address.setId("status-address");
    address.setGraphic(icon(Feather.SERVER));
    address.setTooltip(new Tooltip("Backend: " + model.address()));
    address.setMinWidth(80);

    Label user = label("", "status-item");
    user.setId("status-user");
    user.setGraphic(icon(Feather.USER));
    user.textProperty().bind(model.userProperty());
    user.setMinWidth(Label.USE_PREF_SIZE);

    Label scopes = label("", "status-item");
    scopes.setId("status-scopes");
    scopes.setGraphic(icon(Feather.SHIELD));
    scopes.textProperty().bind(model.scopesProperty());
    Tooltip detail = new Tooltip();
    detail.textProperty().bind(model.scopesDetailProperty());
    scopes.setTooltip(detail);
    scopes.setMinWidth(60);

    Hyperlink problems = new Hyperlink(diagnosticsSummary);
    problems.setId("status-diagnostics");
    problems.getStyleClass().add("status-item");
    problems.setGraphic(icon(Feather.INFO));
    problems.setOnAction(e -> showDiagnostics.run());
    problems.setVisible(!diagnosticsSummary.isEmpty());
    problems.setManaged(!diagnosticsSummary.isEmpty());
    problems.setMinWidth(60);

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setId("status-activity");
    spinner.setPrefSize(14, 14);
    spinner.setMaxSize(14, 14);
    spinner.visibleProperty().bind(model.busyProperty());
    Label activity = label("", "status-item", "muted");
    activity.setId("status-activity-text");
    activity.textProperty().bind(model.activityProperty());
    activity.setMinWidth(Label.USE_PREF_SIZE);

    getChildren().addAll(address, separator(), user, separator(), scopes, Ui.grow(), problems, spinner, activity);
  }

  private static Separator separator() {
    return new Separator(Orientation.VERTICAL);
  }
}
