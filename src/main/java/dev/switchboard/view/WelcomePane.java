package dev.switchboard.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The first window of this early release: what Switchboard is, and what already works. */
public final class WelcomePane extends VBox {

  public WelcomePane(String version) {
    setId("welcome");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(14);
    setPadding(new Insets(36));

    Label title = new Label("Switchboard " + version);
    title.setId("welcome-title");
    title.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 26));

    Label what = wrapped("An admin desktop client generated from your backend's OpenAPI document: tables,"
        + " filters and forms for your records, through your API.");
    Label status = wrapped("This early release reads and understands OpenAPI documents. The connection,"
        + " table and form screens come in the next releases.");
    status.setId("welcome-status");
    Label describe = wrapped("Try it from a terminal:  java -jar target/switchboard.jar describe"
        + " http://localhost:8000/openapi.json");
    describe.setId("welcome-describe");
    getChildren().addAll(title, what, status, describe);
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMaxWidth(640);
    return label;
  }
}
