package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.Theme;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ProfilesViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The saved connections on the start screen: one row each (name, address, user), to open, edit or remove. */
final class ProfileList extends VBox {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
      FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  private final ProfilesViewModel profiles;
  private final Consumer<ConnectionProfile> open;
  private final Consumer<ConnectionProfile> edit;
  private final VBox rows = new VBox();
  private final Label empty = Ui.wrapped("Backends you connect to are saved here, most recent first.", "muted");

  ProfileList(ProfilesViewModel profiles, Consumer<ConnectionProfile> open, Consumer<ConnectionProfile> edit) {
    super(8);
    this.profiles = profiles;
    this.open = open;
    this.edit = edit;
    getStyleClass().add("profiles");
    Button add = new Button("New connection…", icon(Feather.PLUS));
    add.setId("profile-new");
    add.getStyleClass().addAll(Theme.FLAT, Theme.SMALL);
    add.setOnAction(e -> edit.accept(profiles.blank()));
    HBox heading = new HBox(8, label("Saved connections", "section-title"), Ui.grow(), add);
    heading.setAlignment(Pos.CENTER_LEFT);

    rows.setId("profiles");
    rows.getStyleClass().add("profile-rows");
    ScrollPane scroller = new ScrollPane(rows);
    scroller.setFitToWidth(true);
    scroller.getStyleClass().add("profile-scroller");
    VBox.setVgrow(scroller, Priority.ALWAYS);
    empty.setId("profiles-empty");
    getChildren().addAll(heading, scroller);
    profiles.profiles().addListener((ListChangeListener<ConnectionProfile>) c -> rebuild());
    rebuild();
  }

  private void rebuild() {
    if (profiles.profiles().isEmpty()) {
      rows.getChildren().setAll(empty);
      return;
    }
    rows.getChildren().setAll(profiles.profiles().stream().map(this::row).toList());
  }

  private HBox row(ConnectionProfile profile) {
    Label name = label(profile.name(), "profile-name");
    Label where = label(profile.url() + profile.username().map(u -> "  ·  " + u).orElse(""), "muted");
    where.setMinWidth(0);
    VBox text = new VBox(2, name, where);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    Label when = label(WHEN.format(profile.lastUsed()), "muted", "profile-when");
    when.setMinWidth(Label.USE_PREF_SIZE);

    Button openButton = new Button("Open");
    openButton.getStyleClass().addAll("profile-open", Theme.SMALL);
    openButton.setOnAction(e -> open.accept(profile));
    Button editButton = iconButton(Feather.EDIT_2, "Edit " + profile.name(), "profile-edit");
    editButton.setOnAction(e -> edit.accept(profile));
    Button removeButton = iconButton(Feather.TRASH_2, "Remove " + profile.name(), "profile-remove");
    removeButton.setOnAction(e -> profiles.remove(profile));

    HBox row = new HBox(10, icon(Feather.SERVER, "profile-icon"), text, when, openButton, editButton, removeButton);
    row.setId("profile-" + Ui.idPart(profile.id()));
    row.getStyleClass().add("profile-row");
    row.setAlignment(Pos.CENTER_LEFT);
    row.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        open.accept(profile);
      }
    });
    return row;
  }

  private static Button iconButton(Feather ikon, String tip, String styleClass) {
    Button button = new Button(null, icon(ikon));
    button.getStyleClass().addAll(styleClass, Theme.BUTTON_ICON, Theme.FLAT, Theme.SMALL);
    button.setTooltip(new Tooltip(tip));
    button.setAccessibleText(tip);
    return button;
  }
}
