package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.Theme;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.ConnectionProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Editing one saved connection (name, address, how to log in, user name) in a card over the start screen. */
final class ProfileEditor extends Overlay {

  private final TextField name = new TextField();
  private final TextField url = new TextField();
  private final ComboBox<Optional<SecurityDef.Type>> method = new ComboBox<>();
  private final TextField user = new TextField();

  ProfileEditor(ConnectionProfile profile, Consumer<ConnectionProfile> save, Runnable cancel) {
    super("profile-editor", Pos.CENTER, cancel);
    name.setId("profile-name");
    name.setText(profile.name());
    name.setPromptText("Production");
    url.setId("profile-url");
    url.setText(profile.url());
    url.setPromptText("https://api.example.com");
    method.setId("profile-auth");
    method.getItems().setAll(Stream.concat(Stream.of(Optional.<SecurityDef.Type>empty()),
        Arrays.stream(SecurityDef.Type.values()).filter(t -> t != SecurityDef.Type.UNSUPPORTED).map(Optional::of))
        .toList());
    method.setConverter(new StringConverter<>() {
      @Override
      public String toString(Optional<SecurityDef.Type> type) {
        return type == null ? "" : type.map(ProfileEditor::methodLabel).orElse("Ask when connecting");
      }

      @Override
      public Optional<SecurityDef.Type> fromString(String text) {
        return Optional.empty();
      }
    });
    method.setValue(profile.authMethod());
    method.setMaxWidth(Double.MAX_VALUE);
    user.setId("profile-user");
    user.setText(profile.username().orElse(""));

    GridPane form = new GridPane();
    form.getStyleClass().add("form-grid");
    List<Label> labels = List.of(label("Name"), label("Address"), label("Log in with"), label("User name"));
    form.addColumn(0, labels.toArray(Label[]::new));
    form.addColumn(1, name, url, method, user);
    labels.forEach(l -> l.setMinWidth(Label.USE_PREF_SIZE));

    Label error = Ui.wrapped("", "danger-text");
    error.setId("profile-error");
    Ui.showWhen(error, error.textProperty().isNotEmpty());
    Button saveButton = new Button("Save");
    saveButton.setId("profile-save");
    saveButton.getStyleClass().add(Theme.ACCENT);
    saveButton.setDefaultButton(true);
    saveButton.setOnAction(e -> {
      if (url.getText().isBlank()) {
        error.setText("A connection needs an address: type the backend's URL.");
        return;
      }
      save.accept(new ConnectionProfile(profile.id(), name.getText(), url.getText(), method.getValue(),
          Optional.of(user.getText()), profile.lastUsed()));
    });
    Button cancelButton = new Button("Cancel");
    cancelButton.setId("profile-cancel");
    cancelButton.setOnAction(e -> cancel.run());
    HBox buttons = new HBox(8, Ui.grow(), cancelButton, saveButton);
    setContent(label(profile.url().isEmpty() ? "New connection" : "Edit connection", "card-title"), form, error,
        buttons);
    card().setPrefWidth(460);
  }

  void focusFirstField() {
    name.requestFocus();
  }

  static String methodLabel(SecurityDef.Type type) {
    return switch (type) {
      case OAUTH2_PASSWORD -> "User name and password (OAuth2)";
      case HTTP_BEARER -> "Bearer token";
      case HTTP_BASIC -> "User name and password (basic)";
      case API_KEY -> "API key";
      case UNSUPPORTED -> "Not supported";
    };
  }
}
