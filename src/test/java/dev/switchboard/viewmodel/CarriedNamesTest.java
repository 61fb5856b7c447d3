package dev.switchboard.viewmodel;

import static dev.switchboard.view.table.CallCenter.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.data.RecordLookup;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.table.CallCenter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reference's name carried by the record beside it ({@code agent_name} next to {@code agent_id}). */
class CarriedNamesTest {

  private static final FieldDef AGENT = field("agent_id", "Agent", FieldType.INTEGER, true).reference("users").def();
  private static final FieldDef AGENT_NAME = field("agent_name", "Agent Name", FieldType.STRING, true).def();
  private static final FieldDef NOTES = field("notes", "Notes", FieldType.STRING, true).def();

  @Test
  void aStringNamedAfterTheReferenceCarriesItsName() {
    List<FieldDef> fields = List.of(AGENT, AGENT_NAME, NOTES);
    assertThat(CarriedNames.carrier(fields, AGENT)).contains(AGENT_NAME);
    assertThat(CarriedNames.isCarrier(fields, AGENT_NAME)).isTrue();
    assertThat(CarriedNames.isCarrier(fields, NOTES)).isFalse();
    FieldDef ownerId = field("ownerId", "Owner", FieldType.INTEGER, true).reference("users").def();
    FieldDef ownerFullName = field("ownerFullName", "Owner", FieldType.STRING, true).def();
    assertThat(CarriedNames.carrier(List.of(ownerId, ownerFullName), ownerId)).contains(ownerFullName);
    assertThat(CarriedNames.carrier(List.of(AGENT, NOTES), AGENT)).as("nothing carries it").isEmpty();
    assertThat(CarriedNames.carrier(List.of(NOTES, AGENT_NAME), NOTES)).as("not a reference").isEmpty();
  }

  @Test
  void carriedNamesAreShownWithoutAskingTheServerAndOnlyTheRestAreLookedUp() {
    InMemoryRecordClient client = new InMemoryRecordClient(CallCenter.users());
    ReferenceNames names = new ReferenceNames(CallCenter.API, new RecordLookup(client), Runnable::run);
    Map<String, Object> carried = new HashMap<>(Map.of("id", "c1", "agent_id", 41, "agent_name", "Sam Lee"));
    Map<String, Object> bare = new HashMap<>(Map.of("id", "c2", "agent_id", 1));

    names.load(List.of(AGENT, AGENT_NAME), List.of(Record.of(carried), Record.of(bare)));

    assertThat(names.name("users", 41)).contains("Sam Lee");
    assertThat(client.fetched).as("only the id no record named").containsExactly("1");
  }
}
