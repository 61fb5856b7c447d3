package dev.switchboard.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The first window of this early release: what Switchboard is, and what already works. */
public final class WelcomePane extends VBox {

  /** The stylesheet every scene of the app uses. */
  public static final String STYLESHEET = WelcomePane.class.getResource("switchboard.css").toExternalForm();

  public WelcomePane(String version) {
    setId("welcome");
    getStyleClass().add("welcome");
    setAlignment(Pos.CENTER_LEFT);

    Label title = new Label("Switchboard " + version);
    title.setId("welcome-title");
    title.getStyleClass().add("welcome-title");

    Label what = wrapped("An admin desktop client generated from your backend's OpenAPI document: tables,"
        + " filters and forms for your records, through your API.");
    Label status = wrapped("This early release reads and understands OpenAPI documents. The connection,"
        + " table and form screens come in the next releases. To see what Switchboard understands of your"
        + " backend, run in a terminal:");
    status.setId("welcome-status");
    Label describe = new Label("java -jar target/switchboard.jar describe http://localhost:8000/openapi.json");
    describe.setId("welcome-describe");
    describe.getStyleClass().add("command");
    getChildren().addAll(title, what, status, describe);
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMaxWidth(660);
    return label;
  }
}
