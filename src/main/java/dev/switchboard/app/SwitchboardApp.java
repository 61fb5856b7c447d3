package dev.switchboard.app;

import dev.switchboard.demo.DemoAccount;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import dev.switchboard.view.WelcomePane;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. Until the connection and table screens exist it shows a welcome pane and starts the
 * embedded demo backend in the background, so there is something real to point Switchboard at.
 */
public final class SwitchboardApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(SwitchboardApp.class);

  /** Disk and network work never runs on the JavaFX thread. */
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "switchboard-background");
    thread.setDaemon(true);
    return thread;
  });
  private volatile DemoServer demo;

  @Override
  public void start(Stage stage) {
    WelcomePane welcome = new WelcomePane(VersionProvider.version());
    Scene scene = new Scene(welcome, 760, 520);
    scene.getStylesheets().add(WelcomePane.STYLESHEET);
    stage.setTitle("Switchboard");
    stage.setScene(scene);
    stage.show();

    CompletableFuture.supplyAsync(this::startDemo, background).whenCompleteAsync((server, error) -> {
      if (error != null) {
        LOG.warn("The demo backend did not start", error);
        welcome.showDemoProblem("The demo call center could not start: " + rootMessage(error)
            + ". Start it by hand with `java -jar target/switchboard.jar demo-server` to see why.");
      } else {
        welcome.showDemo(server.baseUrl().toString(), server.openApiUrl().toString(), accounts());
      }
    }, Platform::runLater);
  }

  private DemoServer startDemo() {
    try {
      demo = DemoServer.start(DemoOptions.defaults().withPort(0));
      return demo;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> accounts() {
    return DemoServer.accounts().stream().map(SwitchboardApp::describeAccount).toList();
  }

  private static String describeAccount(DemoAccount account) {
    return account.username() + " / " + account.password() + "   (" + String.join(", ", account.scopes()) + ")";
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public void stop() {
    DemoServer running = demo;
    if (running != null) {
      running.close();
    }
    background.shutdownNow();
  }
}
