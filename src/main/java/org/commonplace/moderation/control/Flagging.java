package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.ReplyBuilder;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.moderation.control.ModerationLog.Target;
import org.commonplace.moderation.entity.Flag;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.moderation.entity.FlagState;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationRules;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.record.RecordIndex;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;

/**
 * Members flag posts; flags hide a post on their own when the rules say so; a facilitator decides
 * all the open flags on a post at once, since the decision is about the post, and every flagger
 * hears it.
 */
@ApplicationScoped
public class Flagging {

  /** More open flags on one post than any real post gets; the queue reads them all. */
  static final int MAX_FLAGS_READ = 1_000;

  @Inject ModeratedPosts posts;
  @Inject ModerationLog log;
  @Inject ModerationNews news;
  @Inject AccessPolicy policy;
  @Inject RecordStores stores;
  @Inject RecordIndex index;
  @Inject Clock clock;

  /**
   * Flags a post the viewer may read, once.
   *
   * @param replyId null for the thread's opening post
   * @throws PostNotFoundException when the post does not exist for the viewer
   * @throws ModerationRefusedException for their own post (UNPROCESSABLE) or a second flag
   *     (CONFLICT)
   */
  public Flag flag(Viewer viewer, String threadId, String replyId, String reason, String note) {
    Post post = posts.find(viewer, threadId, replyId);
    policy.require(viewer, Action.FLAG_POST, posts.scope(post));
    String flagger = viewer.memberId().orElseThrow();
    if (flagger.equals(post.authorId())) {
      throw new ModerationRefusedException(
          ModerationRefusedException.Kind.UNPROCESSABLE, "flag.error.ownPost");
    }
    FlagReason why = ModerationRules.flagReason(reason, note);
    String text = note == null || note.isBlank() ? null : note.strip();
    Flag flag =
        new Flag(
            Flag.idOf(post.id(), flagger),
            post.networkId(),
            post.threadId(),
            post.replyId(),
            post.authorId(),
            flagger,
            why,
            text,
            clock.instant(),
            FlagState.OPEN,
            null,
            null,
            null);
    store()
        .create(flag.id(), flag)
        .orElseThrow(() -> ModerationRefusedException.conflict("flag.error.twice"));
    List<String> flaggers = open(post).stream().map(Flag::flaggerId).toList();
    if (post.state() == PostState.VISIBLE
        && ModerationRules.flagsHide(why, append(flaggers, flagger))) {
      hideByFlags(post, why);
    }
    return flag;
  }

  /**
   * A facilitator's decision on every open flag of the post this flag is on: upheld keeps the post
   * hidden (or hides it), dismissed shows it again if flags had hidden it.
   *
   * @return the flags decided
   */
  public List<Flag> decide(Viewer viewer, String flagId, String outcome, String note) {
    Flag named = store().get(flagId).orElseThrow(PostNotFoundException::new);
    Post post = posts.find(viewer, named.threadId(), named.replyId());
    policy.require(viewer, Action.MODERATE, posts.scope(post));
    FlagState decided = ModerationRules.outcome(outcome);
    String why = ModerationRules.reason(note);
    List<Flag> open = open(post);
    if (open.isEmpty()) {
      throw ModerationRefusedException.conflict("flag.error.decided");
    }
    Target target = Target.post(post.networkId(), post.threadId(), post.replyId());
    log.append(viewer, ModerationAction.DECIDE_FLAG, target, why, null, decided.name());
    String facilitator = viewer.memberId().orElseThrow();
    for (Flag flag : open) {
      store().update(flag.id(), f -> decided(f, decided, facilitator, why));
    }
    Post now = post;
    if (decided == FlagState.UPHELD && post.state() == PostState.VISIBLE) {
      String reason = open.get(0).reason().name();
      log.append(viewer, ModerationAction.HIDE, target, why, null, null);
      now = setState(post, PostState.HIDDEN, reason);
      news.about(now, ModerationAction.HIDE, reason);
    } else if (decided == FlagState.DISMISSED
        && post.state() == PostState.HIDDEN
        && ModerationRules.hiddenByFlags(post.hiddenReason())) {
      log.append(viewer, ModerationAction.RESTORE, target, why, null, null);
      now = setState(post, PostState.VISIBLE, null);
      news.about(now, ModerationAction.RESTORE, why);
    }
    news.flagsDecided(now, why, decided, open.stream().map(Flag::flaggerId).distinct().toList());
    return open;
  }

  /** The open flags on a post, oldest first; refreshed first so a flag just made is counted. */
  List<Flag> open(Post post) {
    index.refresh();
    return store()
        .search(
            onPost(post.threadId(), post.replyId(), FlagState.OPEN), List.of(), 0, MAX_FLAGS_READ)
        .items()
        .stream()
        .sorted(Comparator.comparing(Flag::created))
        .toList();
  }

  private void hideByFlags(Post post, FlagReason why) {
    log.append(
        ModerationLog.FLAGS_ACTOR,
        ModerationLog.FLAGS_ACTOR,
        ModerationAction.HIDE,
        Target.post(post.networkId(), post.threadId(), post.replyId()),
        why.name(),
        null,
        null);
    Post hidden = setState(post, PostState.HIDDEN, why.name());
    news.about(hidden, ModerationAction.HIDE, why.name());
  }

  private Post setState(Post post, PostState state, String reason) {
    return posts.change(
        post,
        t -> ThreadBuilder.from(t).state(state).hiddenReason(reason).build(),
        r -> ReplyBuilder.from(r).state(state).hiddenReason(reason).build());
  }

  static Query onPost(String threadId, String replyId, FlagState state) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(f -> f.term(t -> t.field("threadId").value(threadId)));
                  b.filter(f -> f.term(t -> t.field("state").value(state.name())));
                  return replyId == null
                      ? b.mustNot(m -> m.exists(e -> e.field("replyId")))
                      : b.filter(f -> f.term(t -> t.field("replyId").value(replyId)));
                }));
  }

  private Flag decided(Flag f, FlagState outcome, String by, String note) {
    return new Flag(
        f.id(),
        f.networkId(),
        f.threadId(),
        f.replyId(),
        f.postAuthorId(),
        f.flaggerId(),
        f.reason(),
        f.note(),
        f.created(),
        outcome,
        by,
        clock.instant(),
        note);
  }

  private static List<String> append(List<String> flaggers, String flagger) {
    return java.util.stream.Stream.concat(flaggers.stream(), java.util.stream.Stream.of(flagger))
        .toList();
  }

  RecordStore<Flag> store() {
    return stores.of(Flag.KIND);
  }
}
