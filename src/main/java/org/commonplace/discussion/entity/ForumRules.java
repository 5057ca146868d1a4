package org.commonplace.discussion.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonplace.platform.validation.Violation;

/**
 * What a forum's categories must be: at least one, at most {@value #MAX_CATEGORIES}, each with a
 * slug (lower-case letters, digits and dashes, unique in the forum) and a name, and short texts.
 */
public final class ForumRules {

  public static final int MAX_CATEGORIES = 30;
  public static final int NAME_MAX_CHARS = 100;
  public static final int DESCRIPTION_MAX_CHARS = 500;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  private ForumRules() {}

  public static List<Violation> violationsOf(List<Category> categories) {
    List<Violation> found = new ArrayList<>();
    if (categories.isEmpty()) {
      found.add(Violation.of("categories", "thread.error.forum.noCategory"));
    }
    if (categories.size() > MAX_CATEGORIES) {
      found.add(
          Violation.of(
              "categories", "thread.error.forum.tooMany", MAX_CATEGORIES, categories.size()));
    }
    Set<String> seen = new HashSet<>();
    for (Category c : categories) {
      String id = c == null ? null : c.id();
      if (id == null || !SLUG.matcher(id).matches()) {
        found.add(Violation.of("categories", "thread.error.forum.slug", String.valueOf(id)));
      } else if (!seen.add(id)) {
        found.add(Violation.of("categories", "thread.error.forum.duplicate", id));
      }
      if (c != null && PostRules.strip(c.name()).isEmpty()) {
        found.add(Violation.of("categories", "thread.error.forum.name", String.valueOf(id)));
      } else if (c != null && c.name().strip().length() > NAME_MAX_CHARS) {
        found.add(Violation.of("categories", "thread.error.forum.nameTooLong", NAME_MAX_CHARS));
      }
      if (c != null && PostRules.strip(c.description()).length() > DESCRIPTION_MAX_CHARS) {
        found.add(
            Violation.of(
                "categories", "thread.error.forum.descriptionTooLong", DESCRIPTION_MAX_CHARS));
      }
    }
    return found;
  }
}
