package dev.switchboard.app;

import dev.switchboard.view.WelcomePane;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. Until the connection and table screens exist it shows a welcome pane that says so
 * and points to {@code describe}.
 */
public final class SwitchboardApp extends Application {

  @Override
  public void start(Stage stage) {
    stage.setTitle("Switchboard");
    Scene scene = new Scene(new WelcomePane(VersionProvider.version()), 760, 420);
    scene.getStylesheets().add(WelcomePane.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }
}
