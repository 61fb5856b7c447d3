package dev.switchboard.view.table;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * The rows a table shows, following its view model's rows, but handed to an empty table a batch per frame; and
 * while a new table makes its row skins, its height grows by the same few rows per frame (it sits at the top of
 * its pane), because a table fills its whole height with rows, empty ones included.
 *
 * <p>Why: JavaFX makes, styles and fills the cells of every visible row in the frame that first shows a page.
 * A page of calls (about twenty-five visible rows by fourteen columns) took 50 to 100 ms of a single frame, and
 * the person's typing and clicks waited that long. A few rows per frame keeps each frame short; the whole page
 * is in about five frames (80 ms) later. Once the table has its cells, a new page (a filter, the next page)
 * only refills them and is shown at once.
 */
final class ProgressiveRows<T> {

  /**
   * Rows in the first frame. A full-height table would make the skins of every row that fits on screen, empty
   * ones included, in that frame (25 to 35 ms of CPU on these machines); growing its height with its rows
   * spreads that over the frames too.
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
  /** Whether the table has made its row skins: until then its viewport is grown a few rows per frame too. */
  private boolean rowsMade;
  private boolean growing;
  private int rowsAllowed;

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
    if (hasCells || rows.isEmpty() || rows.size() <= FIRST_BATCH && rowsMade) {
      pending = List.of();
      shown.setAll(rows);
      complete.set(true);
      stopWhenDone();
      return;
    }
    shown.clear();
    pending = rows;
    complete.set(false);
    filler.start();
  }

  /**
   * One frame's share: the next rows, and, while the table has not made its row skins yet, a few more rows of
   * viewport. The viewport matters as much as the rows: a table fills all of it with rows, empty ones too, so a
   * full-height table makes every row's skin in its first frame with any row in it.
   */
  private void addBatch() {
    if (table.getSkin() == null) {
      return; // the table itself is styled and laid out in this frame: leave the rows to the next one
    }
    int step = shown.isEmpty() ? FIRST_BATCH : BATCH;
    if (!rowsMade && !growing) {
      growing = true;
      rowsAllowed = 0;
    }
    if (growing) {
      rowsAllowed += step;
      growViewport();
    }
    int end = Math.min(pending.size(), shown.size() + step);
    if (end > shown.size()) {
      shown.addAll(pending.subList(shown.size(), end));
    }
    if (end == pending.size()) {
      pending = List.of();
      complete.set(true);
    }
    stopWhenDone();
  }

  private void growViewport() {
    double row = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 24;
    Node header = table.lookup(".column-header-background");
    double top = header == null ? row : header.getLayoutBounds().getHeight();
    double wanted = top + rowsAllowed * row + 2;
    double available = table.getParent() instanceof Region parent ? parent.getHeight() : Double.MAX_VALUE;
    if (wanted >= available || available <= 0) {
      table.setMaxHeight(Region.USE_COMPUTED_SIZE);
      growing = false;
      rowsMade = true;
    } else {
      table.setMaxHeight(wanted);
    }
  }

  private void stopWhenDone() {
    if (pending.isEmpty() && !growing) {
      filler.stop();
    } else {
      filler.start();
    }
  }
}
