package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;
import static dev.switchboard.view.shell.Ui.wrapped;

import dev.switchboard.view.Theme;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ConnectionViewModel;
import dev.switchboard.viewmodel.Connector;
import dev.switchboard.viewmodel.ProfilesViewModel;
import dev.switchboard.viewmodel.ScopeSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The first screen: two clear choices, opening the demo call center as one of its accounts or connecting to a
 * backend by its address, and below them the saved connections, most recent first. What is typed stays when
 * the person comes back from a failed connection.
 */
public final class StartPane extends StackPane {

  private final ConnectionViewModel connection;
  private final ProfilesViewModel profiles;
  private final ToggleGroup accounts = new ToggleGroup();
  private final TextField url = new TextField();

  public StartPane(ConnectionViewModel connection, ProfilesViewModel profiles) {
    this.connection = connection;
    this.profiles = profiles;
    setId("start");
    getStyleClass().add("start");

    VBox title = new VBox(2, label("Switchboard", "start-title"),
        label("An admin desktop for any backend that publishes an OpenAPI document.", "muted"));
    HBox choices = new HBox(16, demoCard(), connectCard());
    choices.getStyleClass().add("start-choices");
    choices.getChildren().forEach(card -> HBox.setHgrow(card, Priority.ALWAYS));

    ProfileList saved = new ProfileList(profiles, this::openProfile, this::editProfile);
    VBox.setVgrow(saved, Priority.ALWAYS);
    VBox content = new VBox(18, title, choices, saved);
    content.getStyleClass().add("start-content");
    content.setMaxWidth(1040);
    BorderPane frame = new BorderPane(content);
    getChildren().add(frame);
  }

  private VBox demoCard() {
    VBox picker = new VBox(6);
    picker.setId("demo-accounts");
    for (Connector.DemoAccount account : connection.demoAccounts()) {
      RadioButton choice = new RadioButton(account.username());
      choice.setId("demo-account-" + Ui.idPart(account.username()));
      choice.setUserData(account);
      choice.setToggleGroup(accounts);
      choice.getStyleClass().add("account-name");
      Label what = Ui.wrapped(ScopeSummary.mayDo(account.scopes()), "muted");
      what.setMinWidth(0);
      HBox.setHgrow(what, Priority.ALWAYS);
      HBox line = new HBox(10, choice, what);
      line.setAlignment(Pos.BASELINE_LEFT);
      picker.getChildren().add(line);
    }
    if (!accounts.getToggles().isEmpty()) {
      accounts.selectToggle(accounts.getToggles().get(0));
    }
    Button open = new Button("Open the demo", icon(Feather.PLAY));
    open.setId("open-demo");
    open.getStyleClass().add(Theme.ACCENT);
    open.disableProperty().bind(accounts.selectedToggleProperty().isNull());
    open.setOnAction(e -> connection.openDemo((Connector.DemoAccount) accounts.getSelectedToggle().getUserData()));
    return card(Feather.HEADPHONES, "Open the demo call center",
        "A sample call-center backend runs inside Switchboard, with made-up calls, agents and teams."
            + " Choose who to log in as:", picker, open);
  }

  private VBox connectCard() {
    url.setId("connect-url");
    url.setPromptText("https://api.example.com");
    url.setOnAction(e -> connect());
    HBox.setHgrow(url, Priority.ALWAYS);
    Button go = new Button("Connect", icon(Feather.ARROW_RIGHT));
    go.setId("connect-go");
    go.getStyleClass().add(Theme.ACCENT);
    go.disableProperty().bind(url.textProperty().isEmpty());
    go.setOnAction(e -> connect());
    HBox line = new HBox(8, url, go);
    line.setAlignment(Pos.CENTER_LEFT);
    return card(Feather.GLOBE, "Connect to a backend",
        "Type the address of the API or of its OpenAPI document. Switchboard looks for /openapi.json,"
            + " /api/v1/openapi.json and /docs pages by itself.", line);
  }

  private static VBox card(Feather ikon, String title, String text, javafx.scene.Node... body) {
    HBox heading = new HBox(10, icon(ikon, "card-icon"), label(title, "card-title"));
    heading.setAlignment(Pos.CENTER_LEFT);
    VBox card = new VBox(12, heading, wrapped(text, "muted"));
    card.getChildren().addAll(body);
    card.getStyleClass().add("start-card");
    card.setMinWidth(0);
    card.setPrefWidth(460); // the same for both, so the two choices grow to the same width
    return card;
  }

  /** The address field, for the app's {@code --connect} option and for tests. */
  public TextField urlField() {
    return url;
  }

  private void connect() {
    if (!url.getText().isBlank()) {
      connection.connect(url.getText());
    }
  }

  private void openProfile(ConnectionProfile profile) {
    url.setText(profile.url());
    connection.connect(profile.url());
  }

  private void editProfile(ConnectionProfile profile) {
    ProfileEditor[] editor = new ProfileEditor[1];
    editor[0] = new ProfileEditor(profile, edited -> {
      profiles.save(edited);
      getChildren().remove(editor[0]);
    }, () -> getChildren().remove(editor[0]));
    getChildren().add(editor[0]);
    editor[0].focusFirstField();
  }
}
