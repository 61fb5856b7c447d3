package dev.switchboard.view.table;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * The rows a table shows, following its view model's rows, but handed to an empty table a batch per frame.
 *
 * <p>Why: JavaFX makes, styles and fills the cells of every visible row in the frame that first shows a page.
 * A page of calls (about twenty-five visible rows by fourteen columns) took 50 to 100 ms of a single frame, and
 * the person's typing and clicks waited that long. A few rows per frame keeps each frame short; the whole page
 * is in about five frames (80 ms) later. Once the table has its cells, a new page (a filter, the next page)
 * only refills them and is shown at once.
 */
final class ProgressiveRows<T> {

  /**
   * Rows in the first frame. That frame costs the most whatever its rows: the table then makes the skins of
   * every row that fits on screen, empty ones included (about 35 ms of CPU on a busy two-core machine); each row
   * filled with values after that costs about 1.5 ms.
   */
  static final int FIRST_BATCH = 2;

  /** Rows added in each later frame. */
  static final int BATCH = 8;

  private final TableView<T> table;
  private final ObservableList<T> source;
  private final ObservableList<T> shown = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete", true);
  private final AnimationTimer filler = new AnimationTimer() {
    @Override
    public void handle(long now) {
      addBatch();
    }
  };
  private List<T> pending = List.of();

  ProgressiveRows(TableView<T> table, ObservableList<T> source) {
    this.table = table;
    this.source = source;
    source.addListener((ListChangeListener<T>) change -> follow());
    follow();
  }

  /** What the table's items should be. */
  ObservableList<T> shown() {
    return shown;
  }

  /** False while rows are still being handed over a batch per frame. */
  ReadOnlyBooleanProperty completeProperty() {
    return complete.getReadOnlyProperty();
  }

  private void follow() {
    List<T> rows = List.copyOf(source);
    boolean hasCells = !shown.isEmpty() && complete.get();
    if (hasCells || rows.size() <= FIRST_BATCH) {
      filler.stop();
      pending = List.of();
      shown.setAll(rows);
      complete.set(true);
      return;
    }
    shown.clear();
    pending = rows;
    complete.set(false);
    filler.start();
  }

  private void addBatch() {
    if (table.getSkin() == null) {
      return; // the table itself is styled and laid out in this frame: leave the rows to the next one
    }
    int end = Math.min(pending.size(), shown.size() + (shown.isEmpty() ? FIRST_BATCH : BATCH));
    shown.addAll(pending.subList(shown.size(), end));
    if (end == pending.size()) {
      filler.stop();
      pending = List.of();
      complete.set(true);
    }
  }
}
