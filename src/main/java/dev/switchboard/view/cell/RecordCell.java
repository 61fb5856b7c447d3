package dev.switchboard.view.cell;

import dev.switchboard.data.Record;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/**
 * A table cell drawn by a {@link CellView}: text clipped with an ellipsis (the whole value in a tooltip), a
 * chip or check mark where the view has one, and a repaint when the view's {@link CellView#changes()} fire
 * (a referenced record's name arriving).
 */
public final class RecordCell extends TableCell<Record, Object> {

  /**
   * A cell without a value. A pseudo-class, not a style class: a column's cells change between a value and none
   * as they are reused, and a style-class change makes JavaFX restyle the cell from scratch.
   */
  private static final PseudoClass NULL = PseudoClass.getPseudoClass("null");

  private final CellView view;
  private final InvalidationListener repaint = changed -> paint();
  /**
   * Made when the pointer first rests on the cell, not with it: a Tooltip is a popup control, and a page of
   * fifty rows by fifteen columns made seven hundred and fifty of them in the frame that showed the table.
   */
  private Tooltip tooltip;
  /** What the tooltip says for the current value; null when it has none. */
  private String tooltipText;

  public RecordCell(CellView view) {
    this.view = view;
    // The kind (text, number, date, link...) belongs to the column's view, so it is set once.
    getStyleClass().addAll("record-cell", view.styleClass());
    setTextOverrun(OverrunStyle.ELLIPSIS);
    setOnMouseEntered(e -> showTooltipText());
    view.changes().ifPresent(source -> source.addListener(new WeakInvalidationListener(repaint)));
    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !isEmpty()
          && view.activate(getItem())) {
        e.consume();
      }
    });
  }

  @Override
  protected void updateItem(Object item, boolean empty) {
    super.updateItem(item, empty);
    paint();
  }

  private void paint() {
    if (isEmpty()) {
      pseudoClassStateChanged(NULL, false);
      setText(null);
      setGraphic(null);
      tooltipText = null;
      setTooltip(null);
      return;
    }
    Object value = getItem();
    String text = view.text(value);
    Node graphic = view.graphic(value, getGraphic());
    pseudoClassStateChanged(NULL, value == null);
    setAlignment(view.alignment());
    setGraphic(graphic);
    setContentDisplay(graphic == null ? ContentDisplay.TEXT_ONLY : ContentDisplay.GRAPHIC_ONLY);
    setText(text);
    tooltipText = value != null && view.wantsTooltip() && !text.isBlank() ? text : null;
    if (tooltip != null) {
      showTooltipText();
    }
  }

  private void showTooltipText() {
    if (tooltipText == null) {
      setTooltip(null);
      return;
    }
    if (tooltip == null) {
      tooltip = new Tooltip();
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(480);
    }
    tooltip.setText(tooltipText);
    setTooltip(tooltip);
  }
}
