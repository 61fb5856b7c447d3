package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.view.cell.CellContext;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.editor.EditorContext;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.viewmodel.FieldRules;
import dev.switchboard.viewmodel.FieldViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A free-form object is edited as JSON text, checked as it is typed. */
@ExtendWith(ApplicationExtension.class)
class JsonEditorTest {

  static final FieldDef SETTINGS = TicketForms.field("settings", "Settings", FieldType.OBJECT, false,
      Constraints.NONE);

  private FieldViewModel field;
  private TextArea area;

  @Start
  void start(Stage stage) {
    field = FieldViewModel.standalone(SETTINGS, Map.of("theme", "dark"), new FieldRules(Locale.UK));
    EditorContext context = new EditorContext(ZoneId.of("UTC"), Locale.UK,
        CellRegistry.standard(CellContext.of(ZoneId.of("UTC"), Locale.UK)), Optional.empty(),
        Optional.of(new JsonText()));
    area = (TextArea) EditorRegistry.standard(context).editorFor(field).node();
    stage.setScene(new Scene(area, 400, 300));
    stage.show();
  }

  @Test
  void theObjectShowsAsIndentedJsonAndEditedTextBecomesItsValue(FxRobot robot) {
    assertThat(area.getText()).contains("\"theme\" : \"dark\"");

    robot.interact(() -> area.setText("{\"theme\": \"light\", \"columns\": [1, 2]}"));

    assertThat(field.valueProperty().get()).isEqualTo(Map.of("theme", "light", "columns", List.of(1L, 2L)));
    assertThat(field.errorProperty().get()).isEmpty();
  }

  @Test
  void textThatIsNotJsonIsKeptAndExplained(FxRobot robot) {
    robot.interact(() -> area.setText("{\"theme\": "));

    assertThat(area.getText()).isEqualTo("{\"theme\": ");
    assertThat(field.errorProperty().get()).startsWith("Settings is not valid JSON: ");
    assertThat(field.validProperty().get()).isFalse();
  }
}
