package dev.switchboard.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills an empty database with the contract's seed data: the three accounts, 57 more users across roles (a few
 * inactive; each with the scopes its role implies, {@link Roles}), 8 teams and 20,000 calls ({@link
 * CallGenerator}). A fixed random seed makes every count the same on every first start; only the times move,
 * relative to the moment of seeding. Everything goes in one transaction as JDBC batches.
 *
 * <p>Only the three accounts get passwords, and their hashes are computed ahead of time ({@link #ACCOUNT_HASHES}):
 * PBKDF2 is slow on purpose, and on a cold JVM three hashes took longer than the 20,000 calls. The other users
 * cannot sign in until an admin sets a password with {@code reset-password}.
 */
final class Seeder {

  static final long SEED = 20_240_501L;
  static final int USER_COUNT = 60;
  static final int CALL_COUNT = 20_000;

  static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", "switchboard-admin", Scopes.ALL),
      new DemoAccount("agent", "switchboard-agent", List.of(Scopes.CALLS_READ, Scopes.CALLS_WRITE, Scopes.USERS_READ)),
      new DemoAccount("viewer", "switchboard-viewer", List.of(Scopes.CALLS_READ)));

  /**
   * {@link Passwords} hashes of the accounts' passwords, in {@link #ACCOUNTS} order. The passwords are public
   * (printed on start), so shipping their hashes gives nothing away.
   */
  private static final List<String> ACCOUNT_HASHES = List.of(
      "pbkdf2_sha256$210000$9R3p9PklOX1ALWeZRLm9fQ$DFFrXau3Qaaqi3gg1l8EqMqhu0wsZCbSExjCLfliogg",
      "pbkdf2_sha256$210000$beq6XMXdNU3dmlwGZC8Xvw$6WK8A0PqAQtlzjS0NyNV3ZrOX9hy+TrU0eG+r8gWPsM",
      "pbkdf2_sha256$210000$V8vpFYsZe0fBkWXi3UsZgA$j+e0oobBvTtoHmtQfZep4hATUviVo7fi9reYePgJgJ4");

  private static final List<String> FIRST = List.of("maria", "james", "aisha", "chen", "lucas", "sofia", "omar",
      "emma", "noah", "priya", "mateo", "hannah", "kenji", "fatima", "liam", "olga", "diego", "zara", "samuel",
      "ines", "tomas", "leila", "victor", "grace", "ravi", "julia", "marcus", "nora", "felix", "amara");
  private static final List<String> LAST = List.of("garcia", "smith", "khan", "wang", "silva", "rossi", "haddad",
      "muller", "johnson", "patel", "lopez", "schmidt", "tanaka", "ali", "brown", "ivanova", "fernandez", "okafor",
      "cohen", "martin", "novak", "rahman", "dubois", "kim", "singh", "costa", "weber", "larsen", "moreau", "mensah");
  private static final List<String[]> TEAMS = List.of(
      new String[] {"Support Tier 1", "First line for customer support calls"},
      new String[] {"Support Tier 2", "Escalations from tier 1"},
      new String[] {"Sales Inbound", "Prospects calling in"},
      new String[] {"Sales Outbound", "Campaign and follow-up calls"},
      new String[] {"Billing", "Invoices, refunds and payment plans"},
      new String[] {"VIP Desk", null},
      new String[] {"Technical", "Devices, connectivity and outages"},
      new String[] {"Night Shift", "Covers 20:00 to 08:00"});

  /** How many rows of each kind were written, and how long it took. */
  record Result(int users, int teams, int calls, Duration took) {}

  Result seed(Connection connection, Instant now) throws SQLException {
    long start = System.nanoTime();
    Random random = new Random(SEED);
    List<User> users = users(random, now);
    insertUsers(connection, users);
    List<Integer> staff = users.stream().filter(u -> !u.role().equals("admin") && u.id() > ACCOUNTS.size())
        .map(User::id).toList();
    int teams = insertTeams(connection, random, staff);
    List<Integer> onDuty = users.stream().filter(u -> u.active() && !u.role().equals("admin")
        && u.scopes().contains(Scopes.CALLS_WRITE)).map(User::id).toList();
    int calls = new CallGenerator(new Random(SEED + 1), now, onDuty).insert(connection, CALL_COUNT);
    return new Result(users.size(), teams, calls, Duration.ofNanos(System.nanoTime() - start));
  }

  private static List<User> users(Random random, Instant now) {
    List<User> users = new ArrayList<>();
    Instant founded = now.minus(Duration.ofDays(400));
    String[] names = {"Demo Admin", "Demo Agent", "Demo Viewer"};
    String[] roles = {"admin", "agent", "agent"};
    for (int i = 0; i < ACCOUNTS.size(); i++) {
      DemoAccount account = ACCOUNTS.get(i);
      users.add(new User(i + 1, account.username(), names[i], account.username() + "@example.com", true,
          roles[i], account.scopes(), founded));
    }
    List<String> roleDeck = new ArrayList<>();
    for (int i = 0; i < USER_COUNT - ACCOUNTS.size(); i++) {
      roleDeck.add(i < 44 ? "agent" : i < 53 ? "supervisor" : "admin");
    }
    Collections.shuffle(roleDeck, random);
    Set<String> usernames = new LinkedHashSet<>();
    for (int id = ACCOUNTS.size() + 1; id <= USER_COUNT; id++) {
      String first;
      String last;
      do {
        first = FIRST.get(random.nextInt(FIRST.size()));
        last = LAST.get(random.nextInt(LAST.size()));
      } while (!usernames.add(first + "." + last));
      String role = roleDeck.get(id - ACCOUNTS.size() - 1);
      boolean active = id % 12 != 0;
      Instant created = now.minus(Duration.ofMinutes(30L * 24 * 60 + random.nextInt(360 * 24 * 60)));
      users.add(new User(id, first + "." + last, capital(first) + " " + capital(last),
          first + "." + last + "@example.com", active, role, Roles.scopesOf(role), created));
    }
    return users;
  }

  private static void insertUsers(Connection connection, List<User> users) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(UserStore.INSERT)) {
      for (User user : users) {
        String hash = user.id() <= ACCOUNTS.size() ? ACCOUNT_HASHES.get(user.id() - 1) : null;
        UserStore.bind(insert, user, hash);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    restartIdentity(connection, "users", users.size() + 1);
  }

  private static int insertTeams(Connection connection, Random random, List<Integer> staff) throws SQLException {
    try (PreparedStatement team = connection.prepareStatement(TeamStore.INSERT_TEAM);
        PreparedStatement member = connection.prepareStatement(TeamStore.INSERT_MEMBER)) {
      for (int t = 0; t < TEAMS.size(); t++) {
        team.setInt(1, t + 1);
        team.setString(2, TEAMS.get(t)[0]);
        team.setString(3, TEAMS.get(t)[1]);
        team.addBatch();
        List<Integer> members = new ArrayList<>(staff);
        Collections.shuffle(members, random);
        members = new ArrayList<>(members.subList(0, 4 + random.nextInt(6)));
        if (t == 0) {
          members.add(0, 2); // the seed "agent" works in Support Tier 1
        }
        for (int position = 0; position < members.size(); position++) {
          member.setInt(1, t + 1);
          member.setInt(2, members.get(position));
          member.setInt(3, position);
          member.addBatch();
        }
      }
      team.executeBatch();
      member.executeBatch();
    }
    restartIdentity(connection, "teams", TEAMS.size() + 1);
    return TEAMS.size();
  }

  /** The seed rows carry explicit ids; new rows continue after them. */
  private static void restartIdentity(Connection connection, String table, int next) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }
  }

  private static String capital(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
