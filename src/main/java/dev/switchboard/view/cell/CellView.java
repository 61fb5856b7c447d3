package dev.switchboard.view.cell;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;

/**
 * How the values of one field are shown. {@link #text} is the whole story for most types; chips, check marks
 * and links add a {@link #graphic}. Values are never {@code null} here: the registry shows those as "—".
 */
public interface CellView {

  /** The value as a person reads it ("12 min 34 s", "Follow up", "Dana Scully"). */
  String text(Object value);

  /** A node drawn in place of the text, or {@code null} for plain text. */
  default Node graphic(Object value) {
    return null;
  }

  /**
   * The graphic for {@code value}, reusing {@code previous} (what this cell showed last) when it can: a page of
   * fifty rows would otherwise make, and style, a hundred new chips each time it changes.
   */
  default Node graphic(Object value, Node previous) {
    return graphic(value);
  }

  default Pos alignment() {
    return Pos.CENTER_LEFT;
  }

  /** The style class of the cell ({@code cell-number}, {@code cell-link}). */
  default String styleClass() {
    return "cell-text";
  }

  /** Whether a clipped value is worth a tooltip with the whole text. */
  default boolean wantsTooltip() {
    return false;
  }

  /** Something whose change changes the text of an unchanged value (reference names arriving). */
  default Optional<Observable> changes() {
    return Optional.empty();
  }

  /** Acts on a click on the value (opens a link); answers whether it did anything. */
  default boolean activate(Object value) {
    return false;
  }
}
