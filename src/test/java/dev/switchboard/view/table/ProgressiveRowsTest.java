package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProgressiveRowsTest {

  private final ObservableList<String> source = FXCollections.observableArrayList();
  private TableView<String> table;
  private ProgressiveRows<String> rows;
  private Scene scene;
  /** The number of rows the table held at the end of each frame's layout. */
  private final List<Integer> perFrame = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    table = new TableView<>();
    TableColumn<String, String> column = new TableColumn<>("Value");
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
    table.getColumns().add(column);
    rows = new ProgressiveRows<>(table, source);
    table.setItems(rows.shown());
    // as in the resource pane: the table in a stack, at its top
    javafx.scene.layout.StackPane body = new javafx.scene.layout.StackPane(table);
    javafx.scene.layout.StackPane.setAlignment(table, javafx.geometry.Pos.TOP_CENTER);
    scene = new Scene(body, 400, 900);
    scene.addPostLayoutPulseListener(() -> perFrame.add(table.getItems().size()));
    stage.setScene(scene);
    stage.show();
  }

  private static List<String> page(String prefix, int size) {
    return IntStream.range(0, size).mapToObj(i -> prefix + i).toList();
  }

  private void waitUntilComplete() throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.completeProperty().get());
  }

  @Test
  void aPageGivenToAnEmptyTableArrivesAFewRowsPerFrame(FxRobot robot) throws Exception {
    List<String> page = page("call ", 50);
    robot.interact(() -> {
      perFrame.clear();
      source.setAll(page);
      assertThat(table.getItems()).isEmpty();
      assertThat(rows.completeProperty().get()).isFalse();
    });
    waitUntilComplete();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getItems()).containsExactlyElementsOf(page);
    List<Integer> growing = perFrame.stream().distinct().filter(n -> n > 0).toList();
    assertThat(growing.get(0)).isEqualTo(ProgressiveRows.FIRST_BATCH);
    for (int i = 1; i < growing.size(); i++) {
      assertThat(growing.get(i) - growing.get(i - 1)).isBetween(1, ProgressiveRows.BATCH);
    }
    assertThat(growing).last().isEqualTo(50);
  }

  @Test
  void aTableThatHasItsRowsShowsTheNextPageAtOnce(FxRobot robot) throws Exception {
    robot.interact(() -> source.setAll(page("first ", 50)));
    waitUntilComplete();

    List<String> next = page("second ", 50);
    robot.interact(() -> {
      source.setAll(next);
      assertThat(table.getItems()).containsExactlyElementsOf(next);
      assertThat(rows.completeProperty().get()).isTrue();
    });
  }

  @Test
  void aPageArrivingWhileTheLastStillFillsReplacesItWithoutMixingRows(FxRobot robot) throws Exception {
    List<String> newer = page("newer ", 40);
    robot.interact(() -> source.setAll(page("older ", 40)));
    robot.interact(() -> {
      assertThat(rows.completeProperty().get()).isFalse();
      source.setAll(newer);
    });
    robot.interact(() -> assertThat(table.getItems()).allMatch(r -> r.startsWith("newer ")));
    waitUntilComplete();

    robot.interact(() -> assertThat(table.getItems()).containsExactlyElementsOf(newer));
  }

  @Test
  void anEmptyPageIsShownAtOnce(FxRobot robot) {
    robot.interact(() -> {
      source.clear();
      assertThat(table.getItems()).isEmpty();
      assertThat(rows.completeProperty().get()).isTrue();
    });
  }

  @Test
  void onceTheTableHasMadeItsRowsASmallPageIsShownAtOnce(FxRobot robot) throws Exception {
    robot.interact(() -> source.setAll(page("first ", 50)));
    waitUntilComplete();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getHeight() >= scene.getHeight() - 1);
    robot.interact(source::clear);

    List<String> small = page("call ", ProgressiveRows.FIRST_BATCH);
    robot.interact(() -> {
      source.setAll(small);
      assertThat(table.getItems()).containsExactlyElementsOf(small);
    });
  }

  @Test
  void aNewTablesViewportGrowsAFewRowsPerFrameToItsFullHeight(FxRobot robot) throws Exception {
    List<Double> heights = new CopyOnWriteArrayList<>();
    robot.interact(() -> {
      scene.addPostLayoutPulseListener(() -> heights.add(table.getHeight()));
      source.setAll(page("call ", 3)); // fewer rows than fit: the empty rows below come a few per frame too
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getHeight() >= scene.getHeight() - 1);
    WaitForAsyncUtils.waitForFxEvents();

    List<Double> growing = heights.stream().distinct().filter(h -> h > 0).toList();
    assertThat(growing.size()).as("several frames, not one").isGreaterThan(3);
    assertThat(growing).isSorted();
    assertThat(table.getMaxHeight()).as("unbounded again").isEqualTo(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
  }
}
