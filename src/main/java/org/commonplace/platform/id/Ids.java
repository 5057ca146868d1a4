package org.commonplace.platform.id;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Record ids for every feature: readable in a URL (a slug of the title or name) and unique (a
 * random suffix), because JNoSQL never generates ids and Elasticsearch's would be unreadable. They
 * live here rather than in one feature so that no feature borrows another's ids.
 */
public final class Ids {

  private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
  private static final int SLUG_MAX = 60;
  private static final int SUFFIX_CHARS = 6;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private Ids() {}

  /** A slug of the text and a six-character random suffix; {@code fallback} when no slug. */
  public static String newId(String text, String fallback) {
    return newId(text, fallback, SUFFIX_CHARS);
  }

  /** As {@link #newId(String, String)} with a suffix of the given length. */
  public static String newId(String text, String fallback, int suffixChars) {
    String slug = slug(text);
    return (slug.isEmpty() ? fallback : slug) + "-" + suffix(suffixChars);
  }

  public static String slug(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    if (ascii.length() <= SLUG_MAX) {
      return ascii;
    }
    return ascii.substring(0, SLUG_MAX).replaceAll("-+$", "");
  }

  /** Anything else cannot be an id, so it is answered as "not found" without a lookup. */
  public static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }

  private static String suffix(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }
}
