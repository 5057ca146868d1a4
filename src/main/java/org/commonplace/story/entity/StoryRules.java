package org.commonplace.story.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonplace.platform.validation.Violation;

/**
 * The rules a case story must satisfy. They live with the entity, not in a page or resource, so the
 * form, the API and the content import all enforce the same limits.
 */
public final class StoryRules {

  public static final int TITLE_MAX_CHARS = 200;
  public static final int SUMMARY_MAX_CHARS = 600;

  /** 200 kB of UTF-8: a long SQUIRE report fits, a pasted data dump does not. */
  public static final int BODY_MAX_BYTES = 200 * 1024;

  public static final int NAME_MAX_CHARS = 200;
  public static final int TAGS_MAX = 12;
  public static final int TAG_MAX_CHARS = 40;

  private StoryRules() {}

  /**
   * @throws InvalidStoryException listing every broken rule, not just the first
   */
  public static void check(StoryDraft draft) {
    List<Violation> violations = violationsOf(draft);
    if (!violations.isEmpty()) {
      throw new InvalidStoryException(violations);
    }
  }

  public static List<Violation> violationsOf(StoryDraft draft) {
    List<Violation> found = new ArrayList<>();
    String title = blankToEmpty(draft.getTitle()).strip();
    if (title.isEmpty()) {
      found.add(Violation.of("title", "story.title.required"));
    } else if (title.length() > TITLE_MAX_CHARS) {
      found.add(Violation.of("title", "story.title.tooLong", TITLE_MAX_CHARS, title.length()));
    }
    if (blankToEmpty(draft.getSummary()).strip().length() > SUMMARY_MAX_CHARS) {
      found.add(Violation.of("summary", "story.summary.tooLong", SUMMARY_MAX_CHARS));
    }
    int bodyBytes = blankToEmpty(draft.getBody()).getBytes(StandardCharsets.UTF_8).length;
    if (bodyBytes > BODY_MAX_BYTES) {
      found.add(
          Violation.of(
              "body", "story.body.tooLarge", BODY_MAX_BYTES / 1024, (bodyBytes + 1023) / 1024));
    }
    if (blankToEmpty(draft.getAuthor()).isBlank()) {
      found.add(Violation.of("author", "story.author.required"));
    }
    checkName(found, "author", draft.getAuthor());
    checkName(found, "organisation", draft.getOrganisation());
    checkName(found, "network", draft.getNetwork());
    if (blankToEmpty(draft.getNetworkId()).isBlank()) {
      found.add(Violation.of("networkId", "story.network.required"));
    }
    checkTags(found, draft.getTags());
    return found;
  }

  private static void checkName(List<Violation> found, String field, String value) {
    if (blankToEmpty(value).strip().length() > NAME_MAX_CHARS) {
      found.add(Violation.of(field, "story.name.tooLong", NAME_MAX_CHARS));
    }
  }

  private static void checkTags(List<Violation> found, List<String> tags) {
    List<String> normalised = normaliseTags(tags);
    if (normalised.size() > TAGS_MAX) {
      found.add(Violation.of("tags", "story.tags.tooMany", TAGS_MAX));
    }
    if (normalised.stream().anyMatch(tag -> tag.length() > TAG_MAX_CHARS)) {
      found.add(Violation.of("tags", "story.tags.tooLong", TAG_MAX_CHARS));
    }
  }

  /** Tags are compared and faceted as typed words: trimmed, lower case, without repeats. */
  public static List<String> normaliseTags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String tag : tags) {
      String clean = blankToEmpty(tag).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        unique.add(clean);
      }
    }
    return List.copyOf(unique);
  }

  static String blankToEmpty(String value) {
    return value == null ? "" : value;
  }
}
