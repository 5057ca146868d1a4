package org.commonplace.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, 600,000 iterations as
 * OWASP ASVS 5 asks, about 135 ms on one core here). Checks run at most one per core at a time, so
 * a burst of sign-ins queues briefly instead of starving every other request.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final int ITERATIONS = 600_000;
  private static final long WAIT_SECONDS = 5;

  /** A hash of a password nobody has, to spend a real check's time on unknown accounts. */
  private static final char[] NOBODY = "no account has this password".toCharArray();

  @Inject Pbkdf2PasswordHash pbkdf2;

  int iterations = ITERATIONS;
  private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
  private String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate(NOBODY);
  }

  public String hash(char[] password) {
    return bounded(() -> pbkdf2.generate(password));
  }

  public boolean verify(char[] password, String storedHash) {
    if (storedHash == null) {
      spendEqualTime(password);
      return false;
    }
    return bounded(() -> pbkdf2.verify(password, storedHash));
  }

  /** Costs what checking a real password costs, so timing reveals no unknown accounts. */
  public void spendEqualTime(char[] password) {
    bounded(() -> pbkdf2.verify(password, dummyHash));
  }

  /** Hashes made with fewer iterations than today's setting should be renewed at next sign-in. */
  public boolean needsRehash(String storedHash) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
    try {
      return parts.length < 2 || Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private <T> T bounded(java.util.function.Supplier<T> work) {
    try {
      if (!cores.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new SignInBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInBusyException();
    }
    try {
      return work.get();
    } finally {
      cores.release();
    }
  }
}
