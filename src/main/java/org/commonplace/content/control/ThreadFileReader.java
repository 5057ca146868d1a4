package org.commonplace.content.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.story.entity.Language;

/**
 * Reads one thread file: the thread's header ({@link YamlMap}) and opening post, then every reply
 * from its {@code <!-- reply} line, whose YAML header ends at a {@code -->} line. An HTML comment
 * keeps a reply's header out of sight wherever the file is shown as Markdown, so the file reads as
 * the conversation it holds. Every broken rule is reported at its line.
 */
final class ThreadFileReader {

  static final String REPLY_START = "<!-- reply";
  static final String REPLY_END = "-->";

  static final List<String> KEYS =
      List.of(
          "title",
          "category",
          "about",
          "language",
          "tags",
          "posted-by",
          "posted-at",
          "pinned",
          "locked",
          "accepted",
          "helpful",
          "flags");

  static final List<String> REPLY_KEYS =
      List.of("posted-by", "posted-at", "quotes", "helpful", "flags");
  static final List<String> FLAG_KEYS = List.of("by", "reason", "at", "note");
  static final List<String> ABOUT_KEYS = List.of("story", "lesson");

  /** A thousand replies of a few hundred words fit; a larger file is a mistake. */
  static final int FILE_MAX_BYTES = 2 * 1024 * 1024;

  static final int TAGS_MAX = 12;
  static final int TAG_MAX = 40;

  private final String networkId;
  private final String file;
  private final Map<String, Integer> lines = new HashMap<>();

  ThreadFileReader(String networkId, String file) {
    this.networkId = networkId;
    this.file = file;
  }

  ThreadFile read(String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > FILE_MAX_BYTES) {
      throw MalformedContentException.at(
          file, 0, "content.thread.tooLarge", (bytes + 1023) / 1024, FILE_MAX_BYTES / 1024);
    }
    String id =
        StoryFile.idOf(LessonFileReader.baseName(file))
            .orElseThrow(() -> MalformedContentException.at(file, 0, "content.thread.fileName"));
    FrontMatter parts = FrontMatter.split(file, text);
    YamlMap h = YamlSource.parse(file, parts.yaml(), parts.yamlFirstLine()).allowOnly(KEYS);
    for (String key : KEYS) {
      lines.put(key, h.line(key));
    }
    String title = h.required("title").strip();
    tooLong(h.line("title"), "title", title, DiscussionThread.TITLE_LIMIT);
    List<PostText> posts = posts(parts.body(), parts.bodyFirstLine());
    ThreadFile.Post opening = post(h, posts.get(0).body(), parts.yamlFirstLine(), null, 0);
    List<ThreadFile.Post> replies = new ArrayList<>();
    for (int n = 1; n < posts.size(); n++) {
      PostText reply = posts.get(n);
      YamlMap r = YamlSource.parse(file, reply.yaml(), reply.yamlFirstLine()).allowOnly(REPLY_KEYS);
      ThreadFile.Post previous = n == 1 ? opening : replies.get(n - 2);
      ThreadFile.Post post = post(r, reply.body(), reply.headerLine(), previous, n);
      replies.add(post);
    }
    Integer accepted = h.wholeNumber("accepted").orElse(null);
    if (accepted != null && (accepted < 1 || accepted > replies.size())) {
      throw h.problemAt(h.line("accepted"), "content.thread.accepted", accepted, replies.size());
    }
    return new ThreadFile(
        id,
        networkId,
        h.id("category").orElse(Forum.GENERAL),
        about(h),
        title,
        h.choice("language", Language.class).orElse(Language.EN),
        tags(h),
        opening,
        bool(h, "pinned"),
        bool(h, "locked"),
        accepted,
        replies,
        lines);
  }

  /**
   * One post's header and text, checked: the author, the time (not before the post above it), the
   * members who found it helpful, the earlier reply it quotes and the flags on it.
   */
  private ThreadFile.Post post(
      YamlMap h, String body, int line, ThreadFile.Post previous, int number) {
    String by =
        h.id("posted-by")
            .orElseThrow(() -> h.problemAt(line, "content.yaml.required", "posted-by"));
    Instant at =
        h.instant("posted-at")
            .orElseThrow(() -> h.problemAt(line, "content.yaml.required", "posted-at"));
    if (previous != null && at.isBefore(previous.postedAt())) {
      throw h.problemAt(h.line("posted-at"), "content.thread.outOfOrder", at, previous.postedAt());
    }
    if (body.isBlank()) {
      throw h.problemAt(line, "content.thread.emptyPost");
    }
    tooLong(line, "text", body, DiscussionThread.BODY_LIMIT);
    Integer quotes = number == 0 ? null : h.wholeNumber("quotes").orElse(null);
    if (quotes != null && (quotes < 1 || quotes >= number)) {
      throw h.problemAt(h.line("quotes"), "content.thread.quotes", quotes, number - 1);
    }
    List<String> helpful = new ArrayList<>();
    for (String member : h.texts("helpful")) {
      String checked = h.checkedId("helpful", member, h.line("helpful"));
      if (helpful.contains(checked)) {
        throw h.problemAt(h.line("helpful"), "content.thread.helpfulTwice", checked);
      }
      helpful.add(checked);
    }
    return new ThreadFile.Post(by, at, quotes, helpful, flags(h, by, at), body, line);
  }

  private List<ThreadFile.Flagged> flags(YamlMap h, String author, Instant posted) {
    List<ThreadFile.Flagged> flags = new ArrayList<>();
    Set<String> flaggers = new HashSet<>();
    for (YamlMap f : h.maps("flags")) {
      f.allowOnly(FLAG_KEYS);
      String by =
          f.id("by").orElseThrow(() -> f.problemAt(f.line(), "content.yaml.required", "by"));
      FlagReason reason =
          f.choice("reason", FlagReason.class)
              .orElseThrow(() -> f.problemAt(f.line(), "content.yaml.required", "reason"));
      Instant at =
          f.instant("at").orElseThrow(() -> f.problemAt(f.line(), "content.yaml.required", "at"));
      String note = f.text("note").map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
      if (by.equals(author)) {
        throw f.problemAt(f.line(), "content.thread.ownFlag", by);
      }
      if (!flaggers.add(by)) {
        throw f.problemAt(f.line(), "content.thread.flaggedTwice", by);
      }
      if (reason == FlagReason.OTHER && note == null
          || note != null && note.length() > Flag.NOTE_LIMIT) {
        throw f.problemAt(f.line(), "content.thread.flagNote", Flag.NOTE_LIMIT);
      }
      if (at.isBefore(posted)) {
        throw f.problemAt(f.line(), "content.thread.flagBefore", at, posted);
      }
      flags.add(new ThreadFile.Flagged(by, reason, at, note));
    }
    return flags;
  }

  private About about(YamlMap h) {
    return h.map("about")
        .map(
            a -> {
              a.allowOnly(ABOUT_KEYS);
              String story = a.id("story").orElse(null);
              String lesson = a.id("lesson").orElse(null);
              if ((story == null) == (lesson == null)) {
                throw a.problemAt(a.line(), "content.thread.about");
              }
              return story != null
                  ? new About(AboutKind.STORY, story)
                  : new About(AboutKind.LESSON, lesson);
            })
        .orElse(null);
  }

  private List<String> tags(YamlMap h) {
    List<String> tags = h.texts("tags").stream().map(String::strip).toList();
    if (tags.size() > TAGS_MAX
        || tags.stream()
            .anyMatch(
                t ->
                    t.isEmpty()
                        || t.length() > TAG_MAX
                        || !t.equals(t.toLowerCase(java.util.Locale.ROOT)))) {
      throw h.problemAt(h.line("tags"), "content.thread.tags", TAGS_MAX, TAG_MAX);
    }
    return tags;
  }

  private static boolean bool(YamlMap h, String key) {
    return h.text(key)
        .map(
            value ->
                switch (value.strip()) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw h.problemAt(h.line(key), "content.thread.boolean", key, value);
                })
        .orElse(false);
  }

  private void tooLong(int line, String what, String text, int limit) {
    if (text.length() > limit) {
      throw MalformedContentException.at(
          file, line, "content.thread.tooLong", what, text.length(), limit);
    }
  }

  /** A post's text, with its header's YAML for a reply (none for the opening post). */
  record PostText(String yaml, int headerLine, int yamlFirstLine, String body) {}

  /** The opening post, then each reply: cut at the {@code <!-- reply} lines. */
  private List<PostText> posts(List<String> body, int firstLine) {
    List<PostText> posts = new ArrayList<>();
    int start = 0;
    String yaml = "";
    int headerLine = 0;
    int yamlFirstLine = 0;
    int i = 0;
    while (true) {
      int next = i;
      while (next < body.size() && !body.get(next).stripTrailing().equals(REPLY_START)) {
        next++;
      }
      posts.add(
          new PostText(
              yaml,
              headerLine,
              yamlFirstLine,
              String.join("\n", body.subList(start, next)).strip()));
      if (next == body.size()) {
        return posts;
      }
      headerLine = firstLine + next;
      int end = next + 1;
      while (end < body.size() && !body.get(end).stripTrailing().equals(REPLY_END)) {
        end++;
      }
      if (end == body.size()) {
        throw MalformedContentException.at(
            file, headerLine, "content.thread.replyUnclosed", headerLine);
      }
      yaml = String.join("\n", body.subList(next + 1, end));
      yamlFirstLine = headerLine + 1;
      start = end + 1;
      i = end + 1;
    }
  }
}
