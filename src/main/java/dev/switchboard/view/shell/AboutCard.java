package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.AppIcon;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import java.util.function.Function;

/** Help > About Switchboard: who the app is, what it runs on, and the licences of what it bundles. */
final class AboutCard extends Overlay {

  AboutCard(About about, Consumer<String> openLink, Runnable close) {
    super("about-card", Pos.CENTER, close);
    ImageView icon = new ImageView(AppIcon.image(64));
    VBox title = new VBox(2, label("Switchboard", "card-title"),
        label("An admin desktop client generated from a backend's OpenAPI document.", "muted"));
    HBox head = new HBox(16, icon, title);
    head.setAlignment(Pos.CENTER_LEFT);

    GridPane facts = new GridPane();
    facts.setHgap(12);
    facts.setVgap(4);
    facts.addRow(0, label("Version", "muted"), idLabel("about-version", about.version()));
    facts.addRow(1, label("Java", "muted"), idLabel("about-java", about.java()));
    facts.addRow(2, label("JavaFX", "muted"), idLabel("about-javafx", about.javaFx()));

    TableView<About.Library> libraries = new TableView<>();
    libraries.setId("about-libraries");
    libraries.getColumns().add(column("Library", 230, About.Library::name));
    libraries.getColumns().add(column("Version", 90, About.Library::version));
    libraries.getColumns().add(column("Licence", 300, About.Library::licences));
    libraries.getItems().setAll(about.libraries());
    libraries.setPrefSize(660, 300);
    libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    libraries.setPlaceholder(label("This build lists no libraries (it was not built by Maven).", "muted"));

    Hyperlink home = new Hyperlink("Open the selected library's home page");
    home.setId("about-library-home");
    home.disableProperty().bind(libraries.getSelectionModel().selectedItemProperty().isNull());
    home.setOnAction(e -> {
      About.Library chosen = libraries.getSelectionModel().getSelectedItem();
      if (chosen != null && !chosen.url().isBlank()) {
        openLink.accept(chosen.url());
      }
    });
    Button ok = new Button("Close");
    ok.setId("about-close");
    ok.setDefaultButton(true);
    ok.setOnAction(e -> close.run());
    setContent(head, facts, label("Bundled libraries (" + about.libraries().size() + ")", "section-title"), libraries,
        new HBox(home, Ui.grow(), ok));
    card().setSpacing(12);
  }

  private static javafx.scene.control.Label idLabel(String id, String text) {
    javafx.scene.control.Label label = label(text);
    label.setId(id);
    return label;
  }

  private static TableColumn<About.Library, String> column(String title, double width,
      Function<About.Library, String> value) {
    TableColumn<About.Library, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }
}
