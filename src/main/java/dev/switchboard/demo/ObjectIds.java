package dev.switchboard.demo;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MongoDB-style ObjectIds, as a FastAPI + Motor service returns them: 12 bytes written as 24 lowercase hex
 * digits, a 4-byte creation time in seconds, 5 random bytes fixed per generator and a 3-byte counter that
 * starts at a random value. Ids made in the same second sort in creation order.
 */
final class ObjectIds {

  private final byte[] unique = new byte[5];
  private final AtomicInteger counter;

  /** A seeded {@code random} gives the same ids for the same times (the seed data); a SecureRandom, fresh ones. */
  ObjectIds(Random random) {
    random.nextBytes(unique);
    counter = new AtomicInteger(random.nextInt(1 << 24));
  }

  String next(Instant time) {
    long seconds = time.getEpochSecond();
    int count = counter.getAndIncrement() & 0xFFFFFF;
    byte[] id = new byte[12];
    id[0] = (byte) (seconds >>> 24);
    id[1] = (byte) (seconds >>> 16);
    id[2] = (byte) (seconds >>> 8);
    id[3] = (byte) seconds;
    System.arraycopy(unique, 0, id, 4, 5);
    id[9] = (byte) (count >>> 16);
    id[10] = (byte) (count >>> 8);
    id[11] = (byte) count;
    return HexFormat.of().formatHex(id);
  }
}
