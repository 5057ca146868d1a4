package org.commonplace.content.control;

import java.util.function.Function;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.story.entity.Language;

/**
 * Writes a thread as its canonical content file: the header's keys in the format's order, keys with
 * nothing to say left out ({@code category} when it is the general one, {@code language} when
 * English, {@code pinned} and {@code locked} when false), the opening post, then each reply after
 * its {@code <!-- reply} header; one blank line between posts, LF line ends and one newline at the
 * end. Reading what it writes and writing that again gives the same bytes.
 */
public final class ThreadFileWriter {

  private ThreadFileWriter() {}

  public static String write(ThreadFile thread) {
    YamlLines out = new YamlLines().line("---");
    out.key("title", thread.title());
    if (!Forum.GENERAL.equals(thread.categoryId())) {
      out.key("category", thread.categoryId());
    }
    if (thread.about() != null) {
      out.line(
          "about: {"
              + (thread.about().kind() == AboutKind.STORY ? "story" : "lesson")
              + ": "
              + YamlText.scalar(thread.about().recordId(), true)
              + "}");
    }
    if (thread.language() != Language.EN) {
      out.plain("language", YamlMap.spelling(thread.language()));
    }
    out.list("tags", thread.tags(), Function.identity());
    header(out, thread.opening());
    if (thread.pinned()) {
      out.line("pinned: true");
    }
    if (thread.locked()) {
      out.line("locked: true");
    }
    out.plain("accepted", thread.accepted());
    reactions(out, thread.opening());
    out.line("---");
    StringBuilder text = new StringBuilder(out.text());
    text.append('\n').append(thread.opening().body().strip()).append('\n');
    for (ThreadFile.Post reply : thread.replies()) {
      YamlLines header = new YamlLines().line(ThreadFileReader.REPLY_START);
      header(header, reply);
      header.plain("quotes", reply.quotes());
      reactions(header, reply);
      header.line(ThreadFileReader.REPLY_END);
      text.append('\n')
          .append(header.text())
          .append('\n')
          .append(reply.body().strip())
          .append('\n');
    }
    return text.toString();
  }

  private static void header(YamlLines out, ThreadFile.Post post) {
    out.key("posted-by", post.postedBy());
    out.plain("posted-at", post.postedAt());
  }

  private static void reactions(YamlLines out, ThreadFile.Post post) {
    out.list("helpful", post.helpful(), Function.identity());
    if (!post.flags().isEmpty()) {
      out.line("flags:");
      for (ThreadFile.Flagged flag : post.flags()) {
        out.key("  - by", flag.by());
        out.plain("    reason", YamlMap.spelling(flag.reason()));
        out.plain("    at", flag.at());
        out.text("    note", flag.note(), "      ");
      }
    }
  }
}
