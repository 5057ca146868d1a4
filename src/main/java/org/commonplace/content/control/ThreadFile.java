package org.commonplace.content.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.story.entity.Language;

/**
 * One discussion as a content file, {@code threads/<network>/<id>.md}: the thread's header and
 * opening post, then each reply with its own small header. The file says who wrote what, when, who
 * found it helpful and who flagged it; the counts, the last activity and whether a flagged post is
 * hidden are derived from that, so a file cannot contradict itself.
 *
 * @param accepted the number (from 1) of the reply marked as the answer, or null
 * @param lines the line of each key, for problems found against the portal
 */
public record ThreadFile(
    String id,
    String networkId,
    String categoryId,
    About about,
    String title,
    Language language,
    List<String> tags,
    Post opening,
    boolean pinned,
    boolean locked,
    Integer accepted,
    List<Post> replies,
    Map<String, Integer> lines) {

  /** Who the audit log names when flags hid a post before any facilitator looked. */
  public static final String FLAGS_ACTOR = "flags";

  /** Flags from this many members hide a post at once, whatever their reasons. */
  public static final int FLAGS_THAT_HIDE = 3;

  public ThreadFile {
    tags = List.copyOf(tags);
    replies = List.copyOf(replies);
    lines = Map.copyOf(lines);
  }

  /**
   * A post: the thread's opening post or a reply.
   *
   * @param quotes the number of the earlier reply it quotes (replies only), or null
   * @param line where the post's header starts
   */
  public record Post(
      String postedBy,
      Instant postedAt,
      Integer quotes,
      List<String> helpful,
      List<Flagged> flags,
      String body,
      int line) {

    public Post {
      helpful = List.copyOf(helpful);
      flags = List.copyOf(flags);
    }

    /**
     * Hidden until a facilitator decides when a flag's reason hides at once (patient information,
     * unsafe advice) or {@value #FLAGS_THAT_HIDE} members flagged it; the reason shown is the first
     * hiding flag's, or the reason most of them gave.
     */
    public Optional<FlagReason> hiddenBecause() {
      Optional<FlagReason> atOnce =
          flags.stream().map(Flagged::reason).filter(FlagReason::hidesAtOnce).findFirst();
      if (atOnce.isPresent() || flags.size() < FLAGS_THAT_HIDE) {
        return atOnce;
      }
      return flags.stream()
          .map(Flagged::reason)
          .max(Comparator.comparingLong(r -> flags.stream().filter(f -> f.reason() == r).count()));
    }

    PostState state() {
      return hiddenBecause().isPresent() ? PostState.HIDDEN : PostState.VISIBLE;
    }
  }

  /** An open flag on a post, waiting in the network's review queue. */
  public record Flagged(String by, FlagReason reason, Instant at, String note) {}

  public static ThreadFile parse(String networkId, String fileName, String text) {
    return new ThreadFileReader(networkId, fileName).read(text);
  }

  /** The line of a key in the file, or 1. */
  public int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  /** The id of the n-th reply (from 1): the thread's id and the number, fixed by the file. */
  public String replyId(int number) {
    return id + "-r" + number;
  }

  /** The last time anyone posted in it. */
  public Instant lastActivityAt() {
    return replies.isEmpty() ? opening.postedAt() : replies.get(replies.size() - 1).postedAt();
  }

  /** The thread record, the authors as the portal knows them now. */
  public DiscussionThread toThread(Function<String, Author> authors, List<String> mentionIds) {
    Optional<FlagReason> hidden = opening.hiddenBecause();
    return new DiscussionThread(
        id,
        networkId,
        categoryId,
        about,
        title,
        opening.body(),
        tags,
        language,
        authors.apply(opening.postedBy()),
        opening.postedAt(),
        null,
        lastActivityAt(),
        replies.size(),
        accepted == null ? null : replyId(accepted),
        opening.state(),
        hidden.map(Enum::name).orElse(null),
        locked,
        pinned,
        null,
        mentionIds,
        opening.helpful());
  }

  /** The replies' records, in order, each with the members it mentions. */
  public List<Reply> toReplies(
      Function<String, Author> authors, Function<String, List<String>> mentions) {
    List<Reply> records = new ArrayList<>();
    for (int n = 1; n <= replies.size(); n++) {
      Post post = replies.get(n - 1);
      records.add(
          new Reply(
              replyId(n),
              id,
              networkId,
              post.body(),
              authors.apply(post.postedBy()),
              post.postedAt(),
              null,
              post.quotes() == null ? null : replyId(post.quotes()),
              mentions.apply(post.body()),
              post.helpful(),
              post.state(),
              post.hiddenBecause().map(Enum::name).orElse(null)));
    }
    return records;
  }

  /** The open flags of every post, for the network's review queue. */
  public List<Flag> toFlags() {
    List<Flag> flags = new ArrayList<>();
    addFlags(flags, opening, id, null);
    for (int n = 1; n <= replies.size(); n++) {
      addFlags(flags, replies.get(n - 1), replyId(n), replyId(n));
    }
    return flags;
  }

  /**
   * The audit log's entry for each post the flags hid, as the moderation feature writes it when
   * flags hide a post on their own: its actor is the flags, its time the hiding flag's. The id is
   * fixed by the post, so a second import writes none.
   */
  public List<ModerationEntry> toHidings() {
    List<ModerationEntry> entries = new ArrayList<>();
    addHiding(entries, opening, id, null);
    for (int n = 1; n <= replies.size(); n++) {
      addHiding(entries, replies.get(n - 1), replyId(n), replyId(n));
    }
    return entries;
  }

  private void addHiding(List<ModerationEntry> entries, Post post, String postId, String replyId) {
    post.hiddenBecause()
        .ifPresent(
            reason ->
                entries.add(
                    new ModerationEntry(
                        "seed-" + postId + "-hidden",
                        networkId,
                        ModerationAction.HIDE,
                        FLAGS_ACTOR,
                        FLAGS_ACTOR,
                        hidingTime(post),
                        id,
                        replyId,
                        null,
                        reason.name(),
                        null,
                        null)));
  }

  /** The flag that hid the post: the first hiding at once, else the third. */
  private static Instant hidingTime(Post post) {
    return post.flags().stream()
        .filter(f -> f.reason().hidesAtOnce())
        .map(Flagged::at)
        .findFirst()
        .orElseGet(() -> post.flags().get(FLAGS_THAT_HIDE - 1).at());
  }

  private void addFlags(List<Flag> flags, Post post, String postId, String replyId) {
    for (Flagged f : post.flags()) {
      flags.add(
          new Flag(
              Flag.idOf(postId, f.by()),
              networkId,
              id,
              replyId,
              post.postedBy(),
              f.by(),
              f.reason(),
              f.note(),
              f.at(),
              FlagState.OPEN,
              null,
              null,
              null));
    }
  }
}
