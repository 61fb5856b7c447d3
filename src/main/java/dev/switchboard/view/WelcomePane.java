package dev.switchboard.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first window of this early release: what Switchboard is, the embedded demo backend it starts (or why
 * it could not), and how to see what Switchboard understands of a backend.
 */
public final class WelcomePane extends VBox {

  /** The stylesheet every scene of the app uses. */
  public static final String STYLESHEET = WelcomePane.class.getResource("switchboard.css").toExternalForm();

  private final Label demoStatus = new Label("Starting the demo call center…");
  private final ProgressIndicator demoProgress = new ProgressIndicator();
  private final VBox demoDetails = new VBox();
  private final Label describe = new Label(describeCommand("http://localhost:8000/openapi.json"));

  public WelcomePane(String version) {
    setId("welcome");
    getStyleClass().add("welcome");
    setAlignment(Pos.CENTER_LEFT);

    Label title = new Label("Switchboard " + version);
    title.setId("welcome-title");
    title.getStyleClass().add("welcome-title");

    Label what = wrapped("An admin desktop client generated from your backend's OpenAPI document: tables,"
        + " filters and forms for your records, through your API.");
    Label status = wrapped("This early release reads and understands OpenAPI documents and ships a demo call"
        + " center to try it on. The connection, table and form screens come in the next releases. To see"
        + " what Switchboard understands of a backend, run in a terminal:");
    status.setId("welcome-status");

    demoProgress.setMaxSize(18, 18);
    demoStatus.setId("demo-status");
    HBox demoLine = new HBox(8, demoProgress, demoStatus);
    demoLine.setAlignment(Pos.CENTER_LEFT);
    demoDetails.setId("demo-details");
    demoDetails.getStyleClass().add("demo-details");

    describe.setId("welcome-describe");
    describe.getStyleClass().add("command");
    getChildren().addAll(title, what, demoLine, demoDetails, status, describe);
  }

  /** Shows that the demo backend runs at {@code documentUrl}, with the accounts one can log in with. */
  public void showDemo(String baseUrl, String documentUrl, List<String> accounts) {
    demoProgress.setVisible(false);
    demoProgress.setManaged(false);
    demoStatus.setText("The demo call center is running at " + baseUrl + ". Log in as:");
    demoDetails.getChildren().setAll(accounts.stream().map(Label::new).toList());
    describe.setText(describeCommand(documentUrl));
  }

  /** Shows why the demo backend could not start, and what to do. */
  public void showDemoProblem(String message) {
    demoProgress.setVisible(false);
    demoProgress.setManaged(false);
    demoStatus.setText(message);
    demoStatus.getStyleClass().add("problem");
    demoStatus.setWrapText(true);
    demoStatus.setMaxWidth(640);
  }

  private static String describeCommand(String documentUrl) {
    return "java -jar target/switchboard.jar describe " + documentUrl;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMaxWidth(660);
    return label;
  }
}
