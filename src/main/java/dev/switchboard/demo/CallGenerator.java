package dev.switchboard.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Plausible calls over the last 90 days: mostly inbound and in business hours; completed far more often than
 * missed, voicemail or transferred; a few active or ringing ones in the last hour only; durations log-normal
 * around four minutes; missed calls and voicemails without an agent or a duration; notes on about a third,
 * tags from a small vocabulary, satisfaction on about half of the completed calls.
 */
final class CallGenerator {

  private static final int LIVE_CALLS = 12;
  private static final long DAY = 86_400;
  private static final int BATCH = 2_000;
  private static final String[] INBOUND_QUEUES = {"support", "support", "support", "support", "sales", "sales",
      "billing", "billing", "technical", "technical", "vip"};
  private static final String[] TAGS = {"billing", "refund", "complaint", "upsell", "callback", "escalated",
      "new-customer", "churn-risk", "follow-up", "password-reset", "outage", "feedback"};
  private static final String[] NOTES = {"Customer asked about invoice INV-%d.", "Reset the customer's password.",
      "Refund of %d EUR approved.", "Router restarted remotely; connection back.", "Wants a callback tomorrow morning.",
      "Upgraded to the premium plan.", "Complained about waiting %d minutes in the queue.",
      "Address changed; confirmation sent by email.", "Reported an outage in area %d.",
      "Asked to cancel; offered a discount, customer will think about it.", "Payment plan of %d months agreed.",
      "Duplicate charge; ticket opened with finance.", "Very happy with the new app.",
      "Could not verify identity; asked to call back with the contract number.",
      "Escalated to tier 2: intermittent drops since %d days."};

  private final Random random;
  private final Instant now;
  private final List<Integer> agents;
  private final ObjectIds ids;

  CallGenerator(Random random, Instant now, List<Integer> agents) {
    this.random = random;
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
    this.agents = List.copyOf(agents);
    this.ids = new ObjectIds(new Random(random.nextLong()));
  }

  /**
   * Generates and inserts {@code count} calls. They go in in id order (which is time order): appending to the
   * primary key's B-tree is several times faster than inserting all over it.
   */
  int insert(Connection connection, int count) throws SQLException {
    List<Call> calls = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      calls.add(i < LIVE_CALLS ? live(i) : finished());
    }
    calls.sort(Comparator.comparing(Call::id));
    try (PreparedStatement insert = connection.prepareStatement(CallStore.INSERT)) {
      for (int i = 0; i < count; i++) {
        CallStore.bind(insert, calls.get(i));
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return count;
  }

  /** A call still going on: started within the last hour, active (or ringing in the last few minutes). */
  private Call live(int i) {
    boolean ringing = i % 3 == 0;
    Instant started = now.minusSeconds(ringing ? 5 + random.nextInt(90) : 60 + random.nextInt(55 * 60));
    boolean inbound = random.nextInt(100) < 85;
    Integer agent = ringing ? null : agent();
    return new Call(ids.next(started), inbound ? "inbound" : "outbound", callerNumber(), agent,
        inbound ? pick(INBOUND_QUEUES) : "outbound", ringing ? "ringing" : "active", started, null, null, null,
        List.of(), null, null, started, started);
  }

  private Call finished() {
    Instant started = startTime();
    boolean inbound = random.nextInt(100) < 82;
    String queue = inbound ? pick(INBOUND_QUEUES) : random.nextInt(100) < 85 ? "outbound" : "sales";
    int roll = random.nextInt(100);
    String status = roll < 78 ? "completed" : roll < 88 ? "missed" : roll < 95 ? "voicemail" : "transferred";
    boolean answered = status.equals("completed") || status.equals("transferred");
    Long duration = answered ? duration() : null;
    Instant ended = started.plusSeconds(answered ? duration : 10 + random.nextInt(65));
    String id = ids.next(started);
    String notes = random.nextInt(3) == 0 ? note() : null;
    String recording = answered && random.nextInt(100) < 60
        ? "https://recordings.example.com/calls/" + id + ".mp3" : null;
    Integer satisfaction = status.equals("completed") && random.nextBoolean() ? satisfaction() : null;
    return new Call(id, inbound ? "inbound" : "outbound", callerNumber(), answered ? agent() : null, queue, status,
        started, ended, duration, notes, tags(), recording, satisfaction, started, ended);
  }

  /** Any of the last 90 days (ending an hour ago), mostly between 08:00 and 20:00 UTC. */
  private Instant startTime() {
    long latest = now.getEpochSecond() - 3_600;
    long day = (latest / DAY - random.nextInt(90)) * DAY;
    int hour = random.nextInt(100) < 88 ? 8 + random.nextInt(12) : random.nextInt(24);
    long started = day + hour * 3_600L + random.nextInt(3_600);
    return Instant.ofEpochSecond(started > latest ? started - DAY : started);
  }

  /** Log-normal with a median of four minutes, between 5 seconds and 2 hours. */
  private long duration() {
    double seconds = Math.exp(Math.log(240) + 0.75 * random.nextGaussian());
    return Math.max(5, Math.min(7_200, Math.round(seconds)));
  }

  private int satisfaction() {
    int roll = random.nextInt(100);
    return roll < 40 ? 5 : roll < 70 ? 4 : roll < 85 ? 3 : roll < 93 ? 2 : 1;
  }

  private Integer agent() {
    return agents.isEmpty() ? null : agents.get(random.nextInt(agents.size()));
  }

  private String callerNumber() {
    int roll = random.nextInt(100);
    if (roll < 50) {
      return "+1 (555) " + digits(random.nextInt(1_000), 3) + "-" + digits(random.nextInt(10_000), 4);
    }
    if (roll < 75) {
      return "+44 20 7946 " + digits(random.nextInt(10_000), 4);
    }
    if (roll < 90) {
      return "+49 30 " + digits(random.nextInt(100_000_000), 8);
    }
    return "0" + (100 + random.nextInt(900)) + " " + digits(random.nextInt(10_000_000), 7);
  }

  /** Zero-padded: String.format is slow enough to show in the seeding time. */
  private static String digits(int value, int width) {
    String text = Integer.toString(value);
    return "0".repeat(width - text.length()) + text;
  }

  private String note() {
    return String.format(Locale.ROOT, pick(NOTES), 2 + random.nextInt(9_000));
  }

  private List<String> tags() {
    int roll = random.nextInt(100);
    int count = roll < 50 ? 0 : roll < 80 ? 1 : roll < 95 ? 2 : 3;
    Set<String> tags = new LinkedHashSet<>();
    while (tags.size() < count) {
      tags.add(pick(TAGS));
    }
    return new ArrayList<>(tags);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
