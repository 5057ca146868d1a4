package org.commonplace.story.control;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Story ids are readable in a URL (a slug of the title) and unique (a random suffix), because
 * JNoSQL never generates ids and Elasticsearch's would be unreadable.
 */
public final class StoryIds {

  private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
  private static final int SLUG_MAX = 60;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private StoryIds() {}

  public static String newId(String title) {
    String slug = slug(title);
    return (slug.isEmpty() ? "story" : slug) + "-" + suffix();
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

  /** Anything else cannot be a story id, so it is answered as "not found" without a lookup. */
  public static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }

  private static String suffix() {
    char[] chars = new char[6];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }
}
