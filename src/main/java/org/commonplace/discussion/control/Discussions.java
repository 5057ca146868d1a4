package org.commonplace.discussion.control;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.ForumPage;
import org.commonplace.discussion.entity.Paging;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyDraft;
import org.commonplace.discussion.entity.ReplyPage;
import org.commonplace.discussion.entity.ThreadDraft;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.record.Found;
import org.commonplace.platform.record.Versioned;

/**
 * The discussion core every page, resource and neighbouring feature calls: start and reply, read a
 * thread a page at a time, find where a reply is and where a member stopped reading, mark posts
 * helpful, accept an answer, list a forum and the threads about a story or lesson, keep the forum's
 * settings, promote a thread to a lesson. Each method checks access with the one policy and the
 * thread's own rules; the work is done by the small classes it delegates to.
 */
@ApplicationScoped
public class Discussions {

  /** Threads shown on a story's or lesson's page; more wait in the forum. */
  static final int ATTACHED_MAX = 50;

  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject NewThreads newThreads;
  @Inject NewReplies newReplies;
  @Inject Reactions reactions;
  @Inject ReadPositions positions;
  @Inject ForumSettings forums;
  @Inject LessonPromotion promotion;
  @Inject NetworkAccess networks;
  @Inject ReplyEdits edits;

  public DiscussionThread start(Viewer viewer, ThreadDraft draft) {
    return newThreads.start(viewer, draft);
  }

  /** The stored reply; on a repeated id, the one stored the first time. */
  public Reply reply(Viewer viewer, String threadId, ReplyDraft draft) {
    return newReplies.reply(viewer, threadId, draft);
  }

  /** An id for a reply form, so that submitting it twice stores one reply. */
  public String mintReplyId() {
    return NewReplies.mintId();
  }

  /** Empty when there is no such thread or the viewer may not read it. */
  public Optional<DiscussionThread> find(Viewer viewer, String threadId) {
    return access.find(viewer, threadId).map(Versioned::value);
  }

  /**
   * The thread as {@link #find} answers, read together with the member's place in it: for the page
   * that shows the thread and then moves that place on.
   */
  public Optional<DiscussionThread> findToRead(Viewer viewer, String threadId) {
    return positions.findKeepingPlace(viewer, threadId);
  }

  /** The thread with its version, for a caller that sends it as an ETag. */
  public Optional<Versioned<DiscussionThread>> findVersioned(Viewer viewer, String threadId) {
    return access.find(viewer, threadId);
  }

  /** Page N of the replies (from 1), twenty a page, in the order they were written. */
  public ReplyPage replies(Viewer viewer, String threadId, int page) {
    return replies(access.readable(viewer, threadId), page);
  }

  /**
   * Page N of the replies of a thread the caller has just read through {@link #find} in this
   * request, nothing written since: the thread page's reads, which would otherwise read the thread
   * twice.
   */
  public ReplyPage replies(DiscussionThread readable, int page) {
    DiscussionThread thread = readable;
    String threadId = thread.id();
    records.freshen(thread);
    int asked = Paging.normalised(page);
    int from = Paging.from(asked, Reply.PAGE_SIZE);
    List<Reply> replies;
    long total;
    if (from < 0) {
      replies = List.of();
      total = records.countReplies(threadId);
    } else {
      Found<Reply> found = records.replies(threadId, from, Reply.PAGE_SIZE);
      replies = found.items();
      total = found.total();
    }
    Reply accepted =
        thread.acceptedReplyId() == null
            ? null
            : records.replies().get(thread.acceptedReplyId()).orElse(null);
    return new ReplyPage(
        thread, replies, asked, Paging.pageCount(total, Reply.PAGE_SIZE), total, accepted);
  }

  /** The page a reply is on: one more than the replies before it, divided by twenty. */
  public int pageOf(Viewer viewer, String threadId, String replyId) {
    DiscussionThread thread = access.readable(viewer, threadId);
    Reply reply = access.replyOf(thread, replyId);
    records.freshen(thread);
    return Paging.pageOf(records.countBefore(reply), Reply.PAGE_SIZE);
  }

  /**
   * The author's new text for their reply, written only if the reply is still at a version the
   * caller accepts (the API's If-Match); both texts are kept as revisions.
   */
  public Versioned<Reply> editReply(
      Viewer viewer,
      String threadId,
      String replyId,
      String body,
      boolean identifiersConfirmed,
      java.util.function.LongPredicate basedOn) {
    return edits.edit(viewer, threadId, replyId, body, identifiersConfirmed, basedOn);
  }

  /** A reply with its version, for the API's ETag; empty when missing or unreadable. */
  public Optional<Versioned<Reply>> findReply(Viewer viewer, String threadId, String replyId) {
    Optional<DiscussionThread> thread = find(viewer, threadId);
    if (thread.isEmpty() || !org.commonplace.platform.id.Ids.isWellFormed(replyId)) {
      return Optional.empty();
    }
    return records.replies().find(replyId).filter(r -> r.value().threadId().equals(threadId));
  }

  /** The first reply created after the member last read the thread; empty when none is new. */
  public Optional<Reply> firstUnread(Viewer viewer, String threadId) {
    return positions.firstUnread(viewer, threadId);
  }

  public void markRead(Viewer viewer, String threadId, Instant upTo) {
    positions.markRead(viewer, threadId, upTo);
  }

  /** The reader's place moved up to what a page of replies, just read, showed them. */
  public void markRead(Viewer viewer, ReplyPage shown, Instant upTo) {
    positions.markRead(viewer, shown, upTo);
  }

  /**
   * @param replyId null for the opening post
   */
  public void markHelpful(Viewer viewer, String threadId, String replyId, boolean helpful) {
    reactions.markHelpful(viewer, threadId, replyId, helpful);
  }

  /**
   * @param replyId null to unmark
   */
  public DiscussionThread accept(Viewer viewer, String threadId, String replyId) {
    return reactions.accept(viewer, threadId, replyId);
  }

  /**
   * A proposed lesson based on the thread, its action drafted from the reply (or the opening post).
   *
   * @return the lesson's id
   */
  public String promoteToLesson(Viewer viewer, String threadId, String replyId) {
    DiscussionThread thread = access.readable(viewer, threadId);
    access.require(viewer, Action.PROMOTE_TO_LESSON, access.scopeOf(thread));
    PostState state = thread.state();
    String text = thread.body();
    if (replyId != null) {
      Reply reply = access.replyOf(thread, replyId);
      state = reply.state();
      text = reply.body();
    }
    if (state != PostState.VISIBLE) {
      throw new ThreadClosedException("thread.error.post.notVisible", null);
    }
    return promotion.propose(viewer, thread, text);
  }

  /** A page of the network's forum (every category when none is named). */
  public ForumPage forum(Viewer viewer, String networkId, String categoryId, int page) {
    access.require(viewer, Action.READ, access.network(networkId));
    Query where =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(ThreadQueries.term("networkId", networkId));
                      if (categoryId != null && !categoryId.isBlank()) {
                        b.filter(ThreadQueries.term("categoryId", categoryId.strip()));
                      }
                      return b;
                    }));
    Set<String> facilitated = viewer.facilitates(networkId) ? Set.of(networkId) : Set.of();
    Query listed = ThreadQueries.listedFor(where, viewer.memberId().orElse(null), facilitated);
    int asked = Paging.normalised(page);
    int from = Paging.from(asked, Reply.PAGE_SIZE);
    Found<DiscussionThread> found =
        from < 0
            ? new Found<>(List.of(), records.threads().count(listed))
            : records.threads(listed, from, Reply.PAGE_SIZE);
    return new ForumPage(
        found.items(), found.total(), asked, Paging.pageCount(found.total(), Reply.PAGE_SIZE));
  }

  /** The threads about a story or lesson that the viewer may read, most recently active first. */
  public List<DiscussionThread> attachedTo(Viewer viewer, AboutKind kind, String recordId) {
    Set<String> readable = networks.readable(viewer);
    if (readable.isEmpty() || kind == null || recordId == null) {
      return List.of();
    }
    Query where =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(ThreadQueries.term("attachedTo.kind", kind.name()))
                            .filter(ThreadQueries.term("attachedTo.recordId", recordId))
                            .filter(ThreadQueries.terms("networkId", readable))));
    Query listed =
        ThreadQueries.listedFor(where, viewer.memberId().orElse(null), viewer.facilitates());
    return records.threads(listed, 0, ATTACHED_MAX).items();
  }

  /** The network's forum settings: stored, or the single general category. */
  public Forum forum(String networkId) {
    return forums.of(networkId);
  }

  /** A category's name as pages show it (kept a minute), or its id when there is none. */
  public String categoryName(String networkId, String categoryId) {
    return forums.categoryName(networkId, categoryId);
  }

  public Forum saveForum(
      Viewer viewer, String networkId, List<Category> categories, boolean preModeration) {
    return forums.save(viewer, networkId, categories, preModeration);
  }
}
