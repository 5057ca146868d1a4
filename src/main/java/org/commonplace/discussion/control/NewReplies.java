package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.PostRules;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyDraft;
import org.commonplace.discussion.entity.ThreadBuilder;
import org.commonplace.discussion.entity.ThreadRules;
import org.commonplace.member.entity.Member;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;

/**
 * Stores replies, each once: its id is minted before it is written (by the form, or the API's
 * idempotency key), the reply is created only if the id is free, and a repeat of the same submit
 * gets the stored reply back. Only after the reply is stored does the thread's count and last
 * activity move, read-modify-write retried, so fifty members replying at once give fifty replies
 * and a count of fifty.
 */
@ApplicationScoped
public class NewReplies {

  @Inject ThreadAccess access;
  @Inject ThreadRecords records;
  @Inject Posting posting;
  @Inject Mentioned mentioned;

  public static String mintId() {
    return Ids.newId(null, "reply", 12);
  }

  public Reply reply(Viewer viewer, String threadId, ReplyDraft draft) {
    DiscussionThread thread = access.readable(viewer, threadId);
    access.require(viewer, Action.CONTRIBUTE, access.network(thread.networkId()));
    Member author = posting.author(viewer);
    Optional<String> sentId = Posting.nonBlank(draft.id());
    if (sentId.isPresent() && !Ids.isWellFormed(sentId.get())) {
      throw InvalidInputException.of("id", "thread.error.replyId.invalid");
    }
    Optional<Reply> repeated = sentId.flatMap(id -> records.replies().get(id));
    if (repeated.isPresent()) {
      return sameSubmit(repeated.get(), thread, author);
    }
    ThreadRules.closedToReplies(thread)
        .ifPresent(
            key -> {
              throw new ThreadClosedException(key, thread.mergedInto());
            });
    List<Violation> problems = new ArrayList<>(PostRules.violationsOf(draft));
    Optional<String> quoted = Posting.nonBlank(draft.quotedReplyId());
    if (quoted.isPresent() && !quotes(thread, quoted.get())) {
      problems.add(Violation.of("quotedReplyId", "thread.error.quote.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    posting.guard(null, draft.body(), draft.identifiersConfirmed());
    PostState state = posting.admit(viewer, thread.networkId());
    posting.checkReplyLimit(viewer, author);
    String body = draft.body().strip();
    List<String> mentions = mentioned.in(body, access.scopeOf(thread), author.id());
    Reply reply =
        new Reply(
            sentId.orElseGet(NewReplies::mintId),
            thread.id(),
            thread.networkId(),
            body,
            Posting.authorOf(author),
            posting.now(),
            null,
            quoted.orElse(null),
            mentions,
            List.of(),
            state,
            null);
    if (records.replies().create(reply.id(), reply).isEmpty()) {
      // the same submit, a moment earlier, in another request: that one moves the thread
      return sameSubmit(records.replies().get(reply.id()).orElseThrow(), thread, author);
    }
    records
        .threads()
        .update(
            thread.id(),
            t ->
                ThreadBuilder.from(t)
                    .replyCount(t.replyCount() + 1)
                    .lastActivityAt(later(t.lastActivityAt(), reply))
                    .build());
    if (state == PostState.VISIBLE) {
      String threadAuthor = thread.postedBy() == null ? null : thread.postedBy().id();
      posting.announce(
          new PostEvent(
              PostEventKind.REPLIED,
              thread.networkId(),
              thread.id(),
              reply.id(),
              author.id(),
              author.name(),
              threadAuthor,
              mentions));
    }
    return reply;
  }

  /** A repeated id is the same submit only from the same member to the same thread. */
  private static Reply sameSubmit(Reply stored, DiscussionThread thread, Member author) {
    boolean same =
        stored.threadId().equals(thread.id())
            && stored.postedBy() != null
            && author.id().equals(stored.postedBy().id());
    if (!same) {
      throw InvalidInputException.of("id", "thread.error.replyId.taken");
    }
    return stored;
  }

  private boolean quotes(DiscussionThread thread, String replyId) {
    return Ids.isWellFormed(replyId)
        && records.replies().get(replyId).filter(r -> r.threadId().equals(thread.id())).isPresent();
  }

  private static java.time.Instant later(java.time.Instant last, Reply reply) {
    return last == null || reply.created().isAfter(last) ? reply.created() : last;
  }
}
