package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.Record;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FilterOp;
import dev.switchboard.viewmodel.ListStateStore;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The generated calls table, headless, against calls in memory. */
@ExtendWith(ApplicationExtension.class)
class ResourceTablePaneTest {

  private TableHarness harness;
  private Stage stage;

  @BeforeAll
  static void britishNumbers() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE);
    harness.show(stage);
  }

  @AfterEach
  void lightAgain() {
    Screens.light();
  }

  @Test
  void showsTheCallsWithEveryValueFormattedAndAgentsByName(FxRobot robot) throws IOException {
    TableView<Record> table = table(robot);
    assertThat(table.getColumns()).extracting(c -> c.getUserData()).containsExactly("id", "direction",
        "caller_number", "agent_id", "queue", "status", "started_at", "ended_at", "duration_s", "notes", "tags",
        "recording_url", "satisfaction", "caller", "created_at");
    assertThat(table.getColumns().stream().filter(c -> c.getUserData().equals("notes")).findFirst().orElseThrow()
        .isVisible()).as("large text is hidden until chosen").isFalse();
    assertThat(robot.lookup("#page-info-calls").queryAs(Label.class).getText()).isEqualTo("Page 1 of 3 (137 calls)");

    assertThat(cell(robot, 0, "status")).isEqualTo("Ringing");
    assertThat(cell(robot, 5, "status")).isEqualTo("Follow up");
    assertThat(cell(robot, 0, "started_at")).isEqualTo("24 Nov 2026, 17:45");
    assertThat(cell(robot, 0, "ended_at")).isEqualTo("—");
    assertThat(cell(robot, 2, "duration_s")).isEqualTo("4 min 14 s");
    assertThat(cell(robot, 0, "direction")).isEqualTo("Outbound");
    assertThat(cell(robot, 0, "agent_id")).isEqualTo("Dana Scully");
    assertThat(cell(robot, 5, "agent_id")).as("a user who is gone keeps the id").isEqualTo("#99");
    assertThat(cell(robot, 0, "tags")).isEqualTo("vip, escalated");
    assertThat(cell(robot, 0, "caller")).isEqualTo("Ada Lovelace");
    assertThat(harness.client.lookedUp).as("one batch for the page's agents").hasSize(1);

    // The link column sits to the right: bring it into view first, as a person would scroll to it.
    robot.interact(() -> table.scrollToColumn(table.getColumns().stream()
        .filter(c -> "recording_url".equals(c.getUserData())).findFirst().orElseThrow()));
    robot.clickOn(cellNode(robot, 2, "recording_url"));
    assertThat(harness.opened).containsExactly("https://recordings.example.com/calls/1002.mp3");
    Screens.shoot(robot, stage, "table-calls");
  }

  @Test
  void restingOnACellShowsItsWholeValueInATooltipMadeOnlyThen(FxRobot robot) {
    TableCell<?, ?> cell = cellNode(robot, 0, "caller_number");
    assertThat(cell.getTooltip()).as("no popup made before the pointer comes").isNull();
    robot.moveTo(cell);
    assertThat(cell.getTooltip()).isNotNull();
    assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText());
  }

  @Test
  void clickingAHeaderSortsOnTheServerAndShiftClickAddsAKey(FxRobot robot) {
    robot.clickOn(header(robot, "started_at"));
    assertThat(harness.client.last().sort()).containsExactly(Sort.ascending("started_at"));
    robot.clickOn(header(robot, "started_at"));
    assertThat(harness.client.last().sort()).containsExactly(Sort.descending("started_at"));
    robot.press(KeyCode.SHIFT).clickOn(header(robot, "status")).release(KeyCode.SHIFT);
    assertThat(harness.client.last().sort()).containsExactly(Sort.descending("started_at"), Sort.ascending("status"));
    assertThat(sortMark(robot, "started_at")).isEqualTo("▼1");
    assertThat(sortMark(robot, "status")).isEqualTo("▲2");

    int asked = harness.client.asked.size();
    robot.clickOn(header(robot, "tags"));
    assertThat(harness.client.asked).as("the API cannot sort by tags").hasSize(asked);
    Label tags = (Label) table(robot).getColumns().stream().filter(c -> c.getUserData().equals("tags")).findFirst()
        .orElseThrow().getGraphic();
    assertThat(tags.getTooltip().getText()).isEqualTo("The server cannot sort by Tags");
  }

  @Test
  void filterControlsSendTheirFiltersAndChipsRemoveThem(FxRobot robot) throws IOException {
    CheckComboBox<?> status = robot.lookup("#filter-calls-status__in").queryAs(CheckComboBox.class);
    robot.interact(() -> {
      status.getCheckModel().check(3);
      status.getCheckModel().check(4);
    });
    assertThat(harness.client.last().filters()).containsExactly(Filter.in("status", List.of("missed", "voicemail")));
    assertThat(robot.lookup("#filter-calls-status").tryQuery()).as("in covers eq").isEmpty();

    DatePicker from = robot.lookup("#filter-calls-started_at__gte-from").queryAs(DatePicker.class);
    DatePicker to = robot.lookup("#filter-calls-started_at__lte").queryAs(DatePicker.class);
    assertThat(robot.lookup("#filter-calls-started_at__gte").query().getStyleClass()).contains("filter-range");
    robot.interact(() -> {
      from.setValue(LocalDate.of(2026, 11, 20));
      to.setValue(LocalDate.of(2026, 11, 23));
    });
    assertThat(harness.client.last().filters()).contains(
        Filter.of("started_at", FilterOp.GTE, Instant.parse("2026-11-19T23:00:00Z")),
        Filter.of("started_at", FilterOp.LTE, Instant.parse("2026-11-23T22:59:59.999Z")));

    @SuppressWarnings("unchecked")
    ComboBox<Object> direction = robot.lookup("#filter-calls-direction").queryAs(ComboBox.class);
    robot.interact(() -> direction.setValue("inbound"));
    assertThat(harness.client.last().filters()).contains(Filter.eq("direction", "inbound"));
    assertThat(chips(robot)).containsExactly("Status: Missed, Voicemail", "Direction: Inbound",
        "Started at: 20 Nov – 23 Nov");
    assertThat(harness.vm.rows()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("status").orElseThrow()).isIn("missed", "voicemail");
      assertThat(r.get("direction")).hasValue("inbound");
    });
    assertThat(cell(robot, 0, "agent_id")).isEqualTo("John Doggett");
    Screens.shoot(robot, stage, "table-calls-filtered");

    robot.clickOn("#chip-remove-calls-direction");
    assertThat(harness.vm.filtersProperty().get()).doesNotContainKey("direction");
    assertThat(direction.getButtonCell().getText()).isEqualTo("Direction: Any");
    robot.clickOn("#chip-remove-calls-started_at__gte");
    assertThat(harness.vm.filtersProperty().get()).containsOnlyKeys("status__in");
    assertThat(from.getValue()).isNull();
    assertThat(to.getValue()).isNull();

    robot.clickOn("#clear-filters-calls");
    assertThat(harness.client.last().filters()).isEmpty();
    assertThat(status.getCheckModel().getCheckedItems()).isEmpty();
    assertThat(robot.lookup("#filter-chips-calls").query().isVisible()).isFalse();
  }

  @Test
  void numberAndTextFiltersAreSentOncTypingPauses(FxRobot robot) {
    int before = harness.client.asked.size();
    robot.clickOn("#filter-calls-queue").write("billing");
    robot.clickOn("#filter-calls-satisfaction__gte").write("x3");
    assertThat(harness.client.asked).hasSize(before);
    assertThat(robot.lookup("#filter-calls-satisfaction__gte").query().getPseudoClassStates())
        .extracting(Object::toString).contains("danger");
    robot.interact(() -> robot.lookup("#filter-calls-satisfaction__gte").queryAs(TextField.class).setText("3"));
    robot.interact(harness.time::pause);
    assertThat(harness.vm.filtersProperty().get().values()).containsExactlyInAnyOrder(Filter.eq("queue", "billing"),
        Filter.of("satisfaction", FilterOp.GTE, 3L));
  }

  @Test
  void searchIsSentOnceTypingPauses(FxRobot robot) {
    int before = harness.client.asked.size();
    robot.clickOn("#search-calls").write("grace");
    assertThat(harness.client.asked).hasSize(before);
    robot.interact(harness.time::pause);
    assertThat(harness.client.asked).hasSize(before + 1);
    assertThat(harness.client.last().search()).hasValue("grace");
    assertThat(chips(robot)).containsExactly("Search: “grace”");
  }

  @Test
  void pagingButtonsAndPageSizeAskForThosePages(FxRobot robot) {
    Button previous = robot.lookup("#page-prev-calls").queryButton();
    assertThat(previous.isDisabled()).isTrue();
    robot.clickOn("#page-next-calls").clickOn("#page-next-calls");
    assertThat(robot.lookup("#page-info-calls").queryAs(Label.class).getText()).isEqualTo("Page 3 of 3 (137 calls)");
    assertThat(robot.lookup("#page-next-calls").queryButton().isDisabled()).isTrue();
    robot.clickOn("#page-prev-calls");
    assertThat(harness.client.last().page()).isEqualTo(2);
    robot.clickOn("#page-first-calls");
    assertThat(harness.client.last().page()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    ComboBox<Integer> size = robot.lookup("#page-size-calls").queryAs(ComboBox.class);
    assertThat(size.getItems()).containsExactly(20, 50, 100, 200);
    robot.interact(() -> size.setValue(100));
    assertThat(harness.client.last().pageSize()).isEqualTo(100);
    assertThat(robot.lookup("#page-info-calls").queryAs(Label.class).getText()).isEqualTo("Page 1 of 2 (137 calls)");
  }

  @Test
  void whileAPageLoadsTheOldRowsStayUnderAProgressIndicator(FxRobot robot) {
    harness.client.hold();
    robot.clickOn("#page-next-calls");
    WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#loading-calls").query().isVisible()).isTrue();
    assertThat(cell(robot, 0, "status")).isEqualTo("Ringing");
    robot.interact(harness.client::releaseAll);
    assertThat(robot.lookup("#loading-calls").query().isVisible()).isFalse();
    assertThat(robot.lookup("#page-info-calls").queryAs(Label.class).getText()).startsWith("Page 2");
  }

  @Test
  void aFailureShowsABarWithTheReasonAndRetryLoadsAgain(FxRobot robot) throws IOException {
    harness.client.failNext(ApiProblem.of(ApiProblem.Kind.SERVER_ERROR,
        "The server failed to answer (500). Try again in a moment; if it keeps failing, tell the backend's team."));
    robot.clickOn("#refresh-calls");
    Node bar = robot.lookup("#error-calls").query();
    assertThat(bar.isVisible()).isTrue();
    assertThat(robot.lookup("#error-message-calls").queryAs(Label.class).getText()).startsWith("The server failed");
    assertThat(harness.vm.rows()).as("the rows stay").hasSize(50);
    Screens.shoot(robot, stage, "table-calls-error");
    robot.clickOn("#retry-calls");
    assertThat(bar.isVisible()).isFalse();
  }

  @Test
  void theColumnChooserHidesAColumnAndANewTableRemembersIt(FxRobot robot) {
    MemoryStore store = new MemoryStore();
    TableHarness first = new TableHarness(MemoryClient.callCenter(30), store);
    robot.interact(() -> first.show(stage));
    robot.clickOn("#columns-calls");
    robot.clickOn("#column-toggle-calls-queue");
    robot.clickOn("#column-toggle-calls-notes");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    assertThat(column(first.pane.table(), "queue").isVisible()).isFalse();
    assertThat(column(first.pane.table(), "notes").isVisible()).isTrue();

    TableHarness second = new TableHarness(MemoryClient.callCenter(30), store);
    robot.interact(() -> second.show(stage));
    assertThat(column(second.pane.table(), "queue").isVisible()).isFalse();
    assertThat(column(second.pane.table(), "notes").isVisible()).isTrue();
    MenuButton chooser = robot.lookup("#columns-calls").queryAs(MenuButton.class);
    assertThat(chooser.getItems()).hasSize(15);
    assertThat(robot.lookup("#column-toggle-calls-queue").tryQueryAs(CheckBox.class)).isEmpty(); // menu closed
  }

  @Test
  void enterOpensTheSelectedRecord(FxRobot robot) {
    List<Record> opened = new ArrayList<>();
    robot.interact(() -> harness.pane.setOnOpen(opened::add));
    robot.clickOn(cellNode(robot, 1, "queue"));
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    assertThat(opened).containsExactly(harness.vm.rows().get(1));
    robot.doubleClickOn(cellNode(robot, 3, "queue"));
    assertThat(opened).hasSize(2).last().isEqualTo(harness.vm.rows().get(3));
  }

  @Test
  void theDarkThemeReadsWell(FxRobot robot) throws IOException {
    robot.interact(Screens::dark);
    robot.interact(() -> harness.vm.sortBy("started_at", false));
    CheckComboBox<?> status = robot.lookup("#filter-calls-status__in").queryAs(CheckComboBox.class);
    robot.interact(() -> status.getCheckModel().check(2));
    robot.clickOn(cellNode(robot, 2, "queue"));
    Screens.shoot(robot, stage, "table-calls-dark");
    assertThat(harness.vm.rows()).isNotEmpty();
  }

  static TableView<Record> table(FxRobot robot) {
    return robot.lookup("#table-calls").queryTableView();
  }

  private static javafx.scene.control.TableColumn<Record, ?> column(TableView<Record> table, String field) {
    return table.getColumns().stream().filter(c -> c.getUserData().equals(field)).findFirst().orElseThrow();
  }

  static TableCell<?, ?> cellNode(FxRobot robot, int row, String field) {
    return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
        && c.getTableColumn() != null && field.equals(c.getTableColumn().getUserData())).query();
  }

  static String cell(FxRobot robot, int row, String field) {
    TableCell<?, ?> cell = cellNode(robot, row, field);
    return cell.getGraphic() instanceof Label chip ? chip.getText() : cell.getText();
  }

  private static Node header(FxRobot robot, String field) {
    return robot.lookup(".column-header").match((TableColumnHeader h) -> h.getTableColumn() != null
        && field.equals(h.getTableColumn().getUserData())).query();
  }

  private static String sortMark(FxRobot robot, String field) {
    Label title = (Label) column(table(robot), field).getGraphic();
    return title.getGraphic() == null ? "" : ((Label) title.getGraphic()).getText();
  }

  private static List<String> chips(FxRobot robot) {
    return robot.lookup(".filter-chip-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
  }
}
