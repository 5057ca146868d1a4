package org.commonplace.member.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Invitation codes: twelve characters from an alphabet without look-alikes (no I, O, 0, 1), typed
 * in groups of four. 60 bits of chance, and sign-up attempts are throttled, so guessing is
 * hopeless.
 */
public final class InvitationCodes {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationCodes() {}

  public static String generate() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** As typed: any case, with or without dashes and spaces; anything else is no code at all. */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    String clean = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (clean.length() != LENGTH || !clean.chars().allMatch(InvitationCodes::inAlphabet)) {
      return Optional.empty();
    }
    return Optional.of(clean);
  }

  /** Only this is stored, so a copy of the index hands out no working codes. */
  public static String hash(String normalised) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static boolean inAlphabet(int c) {
    for (char allowed : ALPHABET) {
      if (allowed == c) {
        return true;
      }
    }
    return false;
  }
}
