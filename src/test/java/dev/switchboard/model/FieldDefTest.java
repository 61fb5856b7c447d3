package dev.switchboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldDefTest {

  private static final Reference USERS = new Reference("users", "id", Reference.Rule.NAME);

  private static FieldDef field(String name, String label, FieldType type, Optional<FieldDef> items) {
    return new FieldDef(name, label, type, Optional.empty(), false, false, false, false, List.of(), items, List.of(),
        Constraints.NONE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void aReferenceIsLabelledByWhatItNamesNotByItsId() {
    assertThat(field("agent_id", "Agent ID", FieldType.INTEGER, Optional.empty()).withReference(USERS).displayLabel())
        .isEqualTo("Agent");
    assertThat(field("agent_id", "Agent Id", FieldType.INTEGER, Optional.empty()).displayLabel())
        .as("not a reference: the model's label").isEqualTo("Agent Id");
    FieldDef memberIds = field("member_ids", "Member IDs", FieldType.ARRAY,
        Optional.of(field("member_ids", "Member IDs", FieldType.INTEGER, Optional.empty()).withReference(USERS)));
    assertThat(memberIds.displayLabel()).isEqualTo("Members");
  }

  @Test
  void aReferenceNamedOnlyIdKeepsItsLabel() {
    assertThat(field("id", "ID", FieldType.INTEGER, Optional.empty()).withReference(USERS).displayLabel())
        .isEqualTo("ID");
  }
}
