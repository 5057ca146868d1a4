package org.commonplace.discussion.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The member ids a post's {@code @member-id} mentions name, in the order they first appear, each
 * once. An {@code @} inside a word (an e-mail address) mentions no one. At most {@value #MAX} are
 * taken, so a post listing thousands of names costs at most that many lookups; the rest stay text.
 */
public final class Mentions {

  public static final int MAX = 50;

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?)");

  private Mentions() {}

  public static List<String> candidates(String body) {
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(body);
    while (ids.size() < MAX && m.find()) {
      ids.add(m.group(1));
    }
    return List.copyOf(ids);
  }
}
