package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.SecurityRequirements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which actions belong to the logged-in person's own account rather than to a table. */
class AccountFieldsTest {

  private static ActionDef action(String method, String path, ActionDef.Target target) {
    return new ActionDef(path.substring(path.lastIndexOf('/') + 1), "A", method, path, target, Optional.empty(),
        Optional.empty(), List.of(), List.of(), SecurityRequirements.NONE);
  }

  @Test
  void whoAmIIsAGetOnAPathEndingInMe() {
    assertThat(AccountFields.isCurrentUser(action("GET", "/api/v1/users/me", ActionDef.Target.COLLECTION))).isTrue();
    assertThat(AccountFields.isCurrentUser(action("GET", "/whoami/", ActionDef.Target.COLLECTION))).isTrue();
    assertThat(AccountFields.isCurrentUser(action("POST", "/api/v1/users/me", ActionDef.Target.COLLECTION)))
        .isFalse();
  }

  @Test
  void actionsUnderTheWhoAmIPathAreTheOwnAccountsAndNothingElseIs() {
    assertThat(AccountFields.isOwnAccountAction(
        action("POST", "/api/v1/users/me/password", ActionDef.Target.COLLECTION))).isTrue();
    assertThat(AccountFields.isOwnAccountAction(
        action("PUT", "/users/current/avatar", ActionDef.Target.COLLECTION))).isTrue();
    assertThat(AccountFields.isOwnAccountAction(action("GET", "/api/v1/users/me", ActionDef.Target.COLLECTION)))
        .as("who am I itself").isFalse();
    assertThat(AccountFields.isOwnAccountAction(
        action("POST", "/api/v1/calls/close-stale", ActionDef.Target.COLLECTION))).isFalse();
    assertThat(AccountFields.isOwnAccountAction(
        action("POST", "/api/v1/users/{user_id}/reset-password", ActionDef.Target.ITEM))).isFalse();
    assertThat(AccountFields.isOwnAccountAction(
        action("POST", "/api/v1/memes/merge", ActionDef.Target.COLLECTION))).as("whole segments only").isFalse();
  }
}
