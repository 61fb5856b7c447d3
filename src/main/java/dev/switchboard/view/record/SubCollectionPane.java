package dev.switchboard.view.record;

import dev.switchboard.data.Record;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.SubCollectionViewModel;
import dev.switchboard.viewmodel.SubCollections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A section of a record's view listing a collection under that record, as the server has it: for a history,
 * "History on the server" with one entry per event. Each entry's heading is what identifies it (its time, its
 * kind, who; references read as names), and its prose fields ("Transferred to Sam Lee") follow as lines.
 * Ids: {@code record-sub-<name>} for the section, {@code record-sub-message-<name>} for its status line.
 */
public final class SubCollectionPane extends VBox {

  private static final Set<FieldType> HEADING_TYPES = Set.of(FieldType.DATE_TIME, FieldType.DATE, FieldType.ENUM,
      FieldType.BOOLEAN);

  private final SubCollectionViewModel vm;
  private final CellRegistry cells;
  private final VBox entries = new VBox();
  private final List<FieldDef> heading = new ArrayList<>();
  private final List<FieldDef> lines = new ArrayList<>();
  /** Held here: the names map outlives this view, which listens to it weakly. */
  private final MapChangeListener<String, String> namesArrived = change -> show();

  public SubCollectionPane(SubCollectionViewModel vm, CellRegistry cells, ReferenceNames references) {
    this.vm = vm;
    this.cells = cells;
    String name = vm.resource().name();
    setId("record-sub-" + name);
    getStyleClass().addAll("record-history", "record-sub");
    Label title = new Label(SubCollections.isHistory(vm.resource()) ? "History on the server" : vm.resource().label());
    title.getStyleClass().add("record-section");
    Label message = new Label();
    message.setId("record-sub-message-" + name);
    message.getStyleClass().add("muted");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    entries.getStyleClass().add("record-history-entries");
    getChildren().addAll(title, message, entries);
    String idField = vm.resource().idField().orElse("");
    for (FieldDef field : vm.resource().fields()) {
      if (field.name().equals(idField) || field.writeOnly()) {
        continue; // an event's own id says nothing to a person
      }
      boolean headingLike = HEADING_TYPES.contains(field.type()) || field.reference().isPresent();
      (headingLike ? heading : lines).add(field);
    }
    vm.records().addListener((ListChangeListener<Record>) change -> {
      references.load(vm.resource().fields(), vm.records());
      show();
    });
    // names of referenced records (who did it) arrive after the entries
    cells.context().referenceNames().addListener(new WeakMapChangeListener<>(namesArrived));
  }

  private void show() {
    entries.getChildren().clear();
    for (Record record : vm.records()) {
      List<String> parts = new ArrayList<>();
      for (FieldDef field : heading) {
        record.get(field.name()).map(value -> cells.text(field, value)).ifPresent(parts::add);
      }
      Label head = new Label(String.join(" · ", parts));
      head.getStyleClass().add("record-history-heading");
      VBox block = new VBox(2, head);
      block.getStyleClass().add("record-history-entry");
      for (FieldDef field : lines) {
        record.get(field.name()).map(value -> cells.text(field, value)).filter(text -> !text.isBlank())
            .filter(text -> parts.stream().noneMatch(text::equalsIgnoreCase)) // "Created · Created" says it twice
            .ifPresent(text -> {
              boolean prose = lines.size() == 1 || PROSE.contains(field.name().toLowerCase(Locale.ROOT));
              Label line = new Label(prose ? text : field.displayLabel() + ": " + text);
              line.setWrapText(true);
              line.setMinHeight(Region.USE_PREF_SIZE);
              block.getChildren().add(line);
            });
      }
      entries.getChildren().add(block);
    }
  }

  /** Fields that read as a sentence on their own, without their label before them. */
  private static final Set<String> PROSE = Set.of("summary", "message", "description", "detail", "details", "text",
      "note", "notes", "comment");
}
