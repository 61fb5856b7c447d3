package dev.switchboard.demo;

import java.sql.SQLException;
import java.util.Map;

/**
 * Each user's name by id, as a call's {@code agent_name} shows it: the full name, or the username when there is
 * none. A copy of the {@code users} table in memory because the call list is served from memory ({@link
 * CallIndex}): a join would bring the database back into every list, while this is one map lookup per listed call.
 *
 * <p>It stays correct by being reread whole, from the database, after every committed change of users ({@link
 * UsersHandler}: create, rename, delete), before that request answers. Rereads take turns and each replaces the
 * map it read, so the last one to run read the last commit: two renames racing cannot leave the older name
 * behind. A few dozen users make the reread cheap, and user writes are rare next to call lists.
 */
final class UserNames {

  private final Database database;
  private final UserStore users;
  private volatile Map<Integer, String> names = Map.of();

  UserNames(Database database, UserStore users) {
    this.database = database;
    this.users = users;
  }

  /** Rereads every user's name: on start, and after each committed change of users. */
  synchronized void reload() throws SQLException {
    names = Map.copyOf(database.read(users::names));
  }

  /** The user's name; null for no user, or one that no longer exists (calls keep a deleted agent's id). */
  String of(Integer userId) {
    return userId == null ? null : names.get(userId);
  }
}
