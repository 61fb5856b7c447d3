package dev.switchboard.demo;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with PBKDF2-HMAC-SHA256, stored in Django's self-describing form {@code
 * pbkdf2_sha256$<iterations>$<salt>$<hash>} so the iteration count can change without breaking old hashes.
 */
final class Passwords {

  /** About 75 ms per hash on the reference machines: a login stays quick, a stolen file stays expensive. */
  static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "pbkdf2_sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  /**
   * Checked against when a user has no password (or does not exist), so that "no such user" takes as long as
   * "wrong password". Its hash is all zeros, which no password derives to.
   */
  private static final String DECOY = format(ITERATIONS, new byte[SALT_BYTES], new byte[KEY_BITS / 8]);

  private final SecureRandom random;

  Passwords(SecureRandom random) {
    this.random = random;
  }

  String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /** True when the password matches; a null hash (no password set) never matches. */
  boolean verify(String password, String stored) {
    String[] parts = (stored == null ? DECOY : stored).split("\\$");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    int iterations = Integer.parseInt(parts[1]);
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    boolean same = MessageDigest.isEqual(expected, derive(password, salt, iterations));
    return same && stored != null;
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return ALGORITHM + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JDK has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
