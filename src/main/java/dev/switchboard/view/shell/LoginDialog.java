package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.Theme;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.LoginViewModel;
import dev.switchboard.viewmodel.LoginViewModel.Fields;
import dev.switchboard.viewmodel.LoginViewModel.ScopeChoice;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The login dialog, generated from the document's security schemes through {@link LoginViewModel}: a choice of
 * scheme when there are several, then user name and password (and the scopes to ask for), a token, or an API
 * key. A refused login shows the server's reason and keeps the user name; Enter submits. When the OS keyring can
 * keep the secret, a check box offers to remember it there; without a keyring nothing is shown and the secret is
 * asked for each time.
 *
 * <p>It is a card over the window rather than a separate stage, so it shares the window's theme and focus.
 */
public final class LoginDialog extends Overlay {

  private final LoginViewModel form;
  private final Runnable submit;
  private final TextField username = new TextField();
  private final PasswordField password = new PasswordField();
  private final PasswordField token = new PasswordField();
  private final PasswordField apiKey = new PasswordField();
  private final VBox scopeList = new VBox(6);
  private final BooleanBinding canSubmit;

  /**
   * @param title what to log in to ("Log in to Call Center API")
   * @param submit sends the form (usually {@code ConnectionViewModel::logIn}, which calls {@code form.submit()})
   * @param cancel closes the dialog
   */
  public LoginDialog(LoginViewModel form, String title, Runnable submit, Runnable cancel) {
    super("login", Pos.CENTER, cancel);
    this.form = form;
    this.submit = submit;
    this.canSubmit = form.canSubmitProperty();
    getStyleClass().add("login-overlay");

    HBox heading = new HBox(10, icon(Feather.LOCK, "card-icon"), label(title, "card-title"));
    heading.setAlignment(Pos.CENTER_LEFT);
    ((Label) heading.getChildren().get(1)).setWrapText(true);

    ComboBox<SecurityDef> scheme = new ComboBox<>(form.schemes());
    scheme.setId("login-scheme");
    scheme.setConverter(new StringConverter<>() {
      @Override
      public String toString(SecurityDef def) {
        return def == null ? "" : schemeLabel(def);
      }

      @Override
      public SecurityDef fromString(String text) {
        return null;
      }
    });
    scheme.valueProperty().bindBidirectional(form.schemeProperty());
    scheme.setMaxWidth(Double.MAX_VALUE);
    VBox schemeBox = field("Log in with", scheme);
    Ui.showWhen(schemeBox, Bindings.size(form.schemes()).greaterThan(1));

    username.setId("login-username");
    username.textProperty().bindBidirectional(form.usernameProperty());
    password.setId("login-password");
    password.textProperty().bindBidirectional(form.passwordProperty());
    token.setId("login-token");
    token.textProperty().bindBidirectional(form.tokenProperty());
    apiKey.setId("login-api-key");
    apiKey.textProperty().bindBidirectional(form.tokenProperty());
    for (TextField field : new TextField[] {username, password, token, apiKey}) {
      field.setOnAction(e -> submitIfReady());
      field.disableProperty().bind(form.busyProperty());
    }
    VBox userBox = field("User name", username);
    VBox passwordBox = field("Password", password);
    VBox tokenBox = field("Token", token);
    VBox keyBox = field("API key", apiKey);
    Label keyWhere = label("", "muted");
    keyBox.getChildren().add(keyWhere);

    Label scopesTitle = label("Ask for these permissions (none ticked: all of yours)", "field-label");
    scopesTitle.setWrapText(true);
    scopeList.setId("login-scopes");
    ScrollPane scopeScroller = new ScrollPane(scopeList);
    scopeScroller.setFitToWidth(true);
    scopeScroller.setMaxHeight(150);
    scopeScroller.getStyleClass().add("scope-scroller");
    VBox scopesBox = new VBox(6, scopesTitle, scopeScroller);
    form.scopes().addListener((ListChangeListener<ScopeChoice>) c -> rebuildScopes());
    rebuildScopes();

    BooleanBinding userAndPassword = fieldsAre(Fields.USER_AND_PASSWORD);
    Ui.showWhen(userBox, userAndPassword);
    Ui.showWhen(passwordBox, userAndPassword);
    Ui.showWhen(tokenBox, fieldsAre(Fields.TOKEN));
    Ui.showWhen(keyBox, fieldsAre(Fields.API_KEY));
    Ui.showWhen(scopesBox, userAndPassword.and(Bindings.isNotEmpty(form.scopes())));
    keyWhere.textProperty().bind(Bindings.createStringBinding(() -> keyWhere(form.schemeProperty().get()),
        form.schemeProperty()));

    CheckBox remember = new CheckBox("Remember in the system keyring");
    remember.setId("login-remember");
    remember.selectedProperty().bindBidirectional(form.rememberProperty());
    remember.disableProperty().bind(form.busyProperty());
    Label source = label("", "muted", "login-secret-source");
    source.setId("login-secret-source");
    source.setGraphic(icon(Feather.KEY));
    source.textProperty().bind(form.secretSourceProperty());
    Ui.showWhen(source, form.secretSourceProperty().isNotEmpty());
    VBox rememberBox = new VBox(4, remember, source);
    Ui.showWhen(rememberBox, form.rememberOfferedProperty().and(fieldsAre(Fields.NONE).not()));

    Label error = Ui.wrapped("", "danger-text");
    error.setId("login-error");
    error.setGraphic(icon(Feather.ALERT_CIRCLE));
    error.textProperty().bind(form.errorProperty());
    Ui.showWhen(error, form.errorProperty().isNotEmpty());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("login-busy");
    busy.setPrefSize(18, 18);
    busy.setMaxSize(18, 18);
    Ui.showWhen(busy, form.busyProperty());
    Button cancelButton = new Button("Cancel");
    cancelButton.setId("login-cancel");
    cancelButton.setOnAction(e -> cancel.run());
    Button submitButton = new Button("Log in", icon(Feather.LOG_IN));
    submitButton.setId("login-submit");
    submitButton.getStyleClass().add(Theme.ACCENT);
    submitButton.disableProperty().bind(canSubmit.not());
    submitButton.setOnAction(e -> submitIfReady());
    HBox buttons = new HBox(8, busy, Ui.grow(), cancelButton, submitButton);
    buttons.setAlignment(Pos.CENTER_LEFT);

    setContent(heading, schemeBox, userBox, passwordBox, tokenBox, keyBox, scopesBox, rememberBox, error,
        buttons);
    card().setPrefWidth(440);
    card().getStyleClass().add("login-card");
    sceneProperty().addListener((obs, old, now) -> {
      if (now != null) {
        javafx.application.Platform.runLater(this::focusFirstEmpty);
      }
    });
  }

  /** Puts the caret where typing should start: the user name, or the password when the name is known. */
  public void focusFirstEmpty() {
    switch (form.fields()) {
      case USER_AND_PASSWORD -> (username.getText().isBlank() ? username : password).requestFocus();
      case TOKEN -> token.requestFocus();
      case API_KEY -> apiKey.requestFocus();
      case NONE -> { }
    }
  }

  private void submitIfReady() {
    if (canSubmit.get()) {
      submit.run();
    }
  }

  private BooleanBinding fieldsAre(Fields fields) {
    return Bindings.createBooleanBinding(() -> form.fields() == fields, form.schemeProperty());
  }

  private void rebuildScopes() {
    scopeList.getChildren().setAll(form.scopes().stream().map(choice -> {
      CheckBox box = new CheckBox(choice.scope());
      box.setId("login-scope-" + Ui.idPart(choice.scope()));
      box.selectedProperty().bindBidirectional(choice.selected());
      box.disableProperty().bind(form.busyProperty());
      Label description = label(choice.description(), "muted");
      description.setWrapText(true);
      description.setMinWidth(0);
      HBox line = new HBox(10, box, description);
      line.setAlignment(Pos.BASELINE_LEFT);
      return line;
    }).toList());
  }

  private static VBox field(String text, javafx.scene.Node input) {
    Label label = label(text, "field-label");
    label.setLabelFor(input);
    return new VBox(4, label, input);
  }

  static String schemeLabel(SecurityDef def) {
    String kind = ProfileEditor.methodLabel(def.type());
    return def.description().filter(d -> !d.isBlank() && d.length() < 40).orElse(kind);
  }

  private static String keyWhere(SecurityDef def) {
    if (def == null || def.type() != SecurityDef.Type.API_KEY) {
      return "";
    }
    return "Sent as the " + def.in().orElse("header") + " " + def.paramName().map(p -> "“" + p + "”").orElse("");
  }
}
