package dev.switchboard.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A yes/no question over the window ("Discard your changes to …?"); Cancel is the default, so Enter is safe. Also
 * a plain report of something that could not be done, with OK.
 */
final class ConfirmDialog {

  private ConfirmDialog() {}

  static boolean ask(Window owner, String question) {
    ButtonType yes = new ButtonType("Yes", ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
    alert.initOwner(owner);
    alert.setTitle("Switchboard");
    alert.setHeaderText(null);
    alert.getDialogPane().setId("confirm-dialog");
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  /** Says what could not be done and why; returns when the person has read it. */
  static void tell(Window owner, String problem) {
    Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Switchboard");
    alert.setHeaderText(null);
    alert.getDialogPane().setId("problem-dialog");
    alert.showAndWait();
  }
}
