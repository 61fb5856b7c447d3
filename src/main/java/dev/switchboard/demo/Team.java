package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A team: a name and its members' user ids, in the order they were given. */
record Team(int id, String name, String description, List<Integer> memberIds) {

  Team {
    memberIds = List.copyOf(memberIds);
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    node.put("description", description);
    node.set("member_ids", Json.ints(memberIds));
    return node;
  }
}
