package org.commonplace.discussion.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonplace.platform.validation.Violation;

/**
 * The limits every post keeps: a title of at most 200 characters, a body that is not empty and
 * holds at most 20,000, a few short tags. Refusals name both sizes, so the author knows how much to
 * cut.
 */
public final class PostRules {

  public static final int TAGS_MAX = 10;
  public static final int TAG_MAX_CHARS = 50;

  private PostRules() {}

  /** Every rule the draft breaks; empty when it may be stored. */
  public static List<Violation> violationsOf(ThreadDraft draft) {
    List<Violation> found = new ArrayList<>();
    String title = strip(draft.title());
    if (title.isEmpty()) {
      found.add(Violation.of("title", "thread.error.title.required"));
    } else if (title.length() > DiscussionThread.TITLE_LIMIT) {
      found.add(
          Violation.of(
              "title", "thread.error.title.tooLong", DiscussionThread.TITLE_LIMIT, title.length()));
    }
    body(draft.body()).ifPresent(found::add);
    if (draft.tags().size() > TAGS_MAX) {
      found.add(Violation.of("tags", "thread.error.tags.tooMany", TAGS_MAX, draft.tags().size()));
    }
    draft.tags().stream()
        .filter(t -> t.strip().length() > TAG_MAX_CHARS)
        .findFirst()
        .ifPresent(
            t -> found.add(Violation.of("tags", "thread.error.tags.tooLong", TAG_MAX_CHARS)));
    return found;
  }

  public static List<Violation> violationsOf(ReplyDraft draft) {
    return body(draft.body()).map(List::of).orElse(List.of());
  }

  /** The body's broken rule, if any: empty, or longer than a post may be. */
  public static Optional<Violation> body(String body) {
    String text = strip(body);
    if (text.isEmpty()) {
      return Optional.of(Violation.of("body", "thread.error.body.required"));
    }
    if (text.length() > DiscussionThread.BODY_LIMIT) {
      return Optional.of(
          Violation.of(
              "body", "thread.error.body.tooLong", DiscussionThread.BODY_LIMIT, text.length()));
    }
    return Optional.empty();
  }

  /** Tags as stored: trimmed, lower case, each once, blanks dropped. */
  public static List<String> tags(List<String> sent) {
    Set<String> tags = new LinkedHashSet<>();
    sent.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .forEach(tags::add);
    return List.copyOf(tags);
  }

  public static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
