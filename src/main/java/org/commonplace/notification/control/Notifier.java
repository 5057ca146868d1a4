package org.commonplace.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostEventKind;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.entity.ModerationEvent;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.notification.entity.Notification;
import org.commonplace.notification.entity.NotificationKind;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.story.control.StoryRecords;

/**
 * Turns what happened in a discussion into notifications: who follows what, who was mentioned,
 * whose reply was accepted, whose post a facilitator acted on, whose flag was decided. Authors
 * follow the threads they start and members the threads they reply to, so they hear of what comes
 * next. A post waiting for approval tells no one until it is approved.
 */
@ApplicationScoped
public class Notifier {

  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

  @Inject RecordStores stores;
  @Inject Follows follows;
  @Inject FollowScopes scopes;
  @Inject Readers readers;
  @Inject StoryRecords stories;
  @Inject NotificationRecords notifications;
  @Inject Mailer mailer;
  @Inject Clock clock;

  /**
   * @return how many members were told
   */
  public int onPost(PostEvent event) {
    Optional<DiscussionThread> found = stores.of(DiscussionThread.KIND).get(event.threadId());
    if (found.isEmpty()) {
      return 0;
    }
    DiscussionThread thread = found.get();
    Optional<Reply> reply =
        event.replyId() == null ? Optional.empty() : stores.of(Reply.KIND).get(event.replyId());
    // whoever starts or replies to a thread follows it, to hear what comes next; a held post's
    // author once it is approved (the approving facilitator is the event's actor then)
    String poster =
        switch (event.kind()) {
          case THREAD_STARTED, REPLIED -> event.actorId();
          case APPROVED -> reply.map(r -> r.postedBy().id()).orElse(thread.postedBy().id());
          default -> null;
        };
    if (poster != null) {
      follows.followQuietly(poster, FollowTarget.THREAD, thread.id(), thread.networkId());
    }
    Optional<PostAudiences.Plan> plan =
        PostAudiences.of(
            event, thread, reply, (kind, id) -> followers(thread, kind, id), this::storyTellers);
    if (plan.isEmpty()) {
      return 0;
    }
    Map<String, NotificationKind> told =
        plan.get()
            .audience()
            .recipients(plan.get().actors(), readers.of(scopes.threadScope(thread)));
    told.forEach(
        (memberId, kind) ->
            tell(
                new Notification(
                    eventKey(event) + "." + memberId,
                    memberId,
                    kind,
                    thread.networkId(),
                    thread.id(),
                    event.replyId(),
                    thread.title(),
                    plan.get().actorName(),
                    null,
                    null,
                    null,
                    clock.instant(),
                    false,
                    null)));
    return told.size();
  }

  /**
   * @return how many members were told
   */
  public int onModeration(ModerationEvent event) {
    Optional<DiscussionThread> thread =
        event.threadId() == null
            ? Optional.empty()
            : stores.of(DiscussionThread.KIND).get(event.threadId());
    Predicate<String> mayRead =
        thread.map(t -> readers.of(scopes.threadScope(t))).orElse(memberId -> true);
    Map<String, NotificationKind> told =
        ModerationAudiences.of(event).recipients(Set.of(), mayRead);
    String batch = UUID.randomUUID().toString();
    told.forEach(
        (memberId, kind) ->
            tell(
                new Notification(
                    "moderation-" + batch + "." + memberId,
                    memberId,
                    kind,
                    event.networkId(),
                    event.threadId(),
                    event.replyId(),
                    thread.map(DiscussionThread::title).orElse(null),
                    null,
                    event.action(),
                    event.outcome(),
                    event.reason(),
                    clock.instant(),
                    false,
                    null)));
    return told.size();
  }

  /**
   * The followers a search finds, and the thread's author read in real time: the author's follow is
   * made a moment before the first replies, too recently for a search to see, and they are the
   * member who most wants to hear of them.
   */
  private Set<String> followers(DiscussionThread thread, FollowTarget kind, String targetId) {
    Set<String> found = new HashSet<>(follows.followers(kind, targetId));
    String author = thread.postedBy() == null ? null : thread.postedBy().id();
    if (kind == FollowTarget.THREAD && follows.exists(author, kind, targetId)) {
      found.add(author);
    }
    return found;
  }

  private Set<String> storyTellers(String storyId) {
    Set<String> tellers = new HashSet<>();
    stories
        .find(storyId)
        .ifPresent(
            s -> {
              tellers.add(s.value().getAuthorId());
              tellers.addAll(s.value().getCoAuthors());
            });
    return tellers;
  }

  private void tell(Notification notification) {
    try {
      if (notifications.create(notification)) {
        mailer.ifImmediate(notification);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "A notification could not be stored: {0}", new Object[] {e.getMessage()});
    }
  }

  private static String eventKey(PostEvent event) {
    String post = event.replyId() == null ? "opening" : event.replyId();
    PostEventKind kind =
        event.kind() == PostEventKind.APPROVED
            ? (event.replyId() == null ? PostEventKind.THREAD_STARTED : PostEventKind.REPLIED)
            : event.kind();
    return kind.name().toLowerCase() + "-" + event.threadId() + "-" + post;
  }
}
