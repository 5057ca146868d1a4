package org.commonplace.notification.control;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostEvent;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.notification.entity.Follow;
import org.commonplace.notification.entity.FollowTarget;
import org.commonplace.notification.entity.NotificationKind;

/**
 * Who hears of a post event, before anyone's access is checked: a pure rule over the thread, the
 * reply and two lookups, so it is tested by firing events at it.
 *
 * <ul>
 *   <li>a new thread: followers of its category, network, tags and story (and the story's author
 *       and co-authors, who follow it without a record);
 *   <li>a reply: followers of the thread;
 *   <li>an accepted answer: the reply's author;
 *   <li>mentions: the members named, whatever else they follow (one notification each);
 *   <li>a post waiting for approval: nobody, until it is approved; then as a new post, and neither
 *       its author nor the approving facilitator.
 * </ul>
 */
public final class PostAudiences {

  private PostAudiences() {}

  /** Whom to tell, who acted (never told), and whose name the notification gives. */
  public record Plan(Audience audience, Set<String> actors, String actorName) {}

  /**
   * @param followers who follows a target by a record
   * @param storyTellers a story's author and co-authors
   * @return empty when nobody is to be told
   */
  public static Optional<Plan> of(
      PostEvent event,
      DiscussionThread thread,
      Optional<Reply> reply,
      BiFunction<FollowTarget, String, Set<String>> followers,
      Function<String, Set<String>> storyTellers) {
    Audience audience = new Audience();
    Set<String> actors = new HashSet<>();
    actors.add(event.actorId());
    String actorName = event.actorName();
    switch (event.kind()) {
      case THREAD_STARTED, REPLIED -> {
        if (reply.map(Reply::state).orElse(thread.state()) != PostState.VISIBLE) {
          return Optional.empty();
        }
        ofPost(event, thread, reply, followers, storyTellers, audience);
      }
      case APPROVED -> {
        actors.add(reply.map(r -> r.postedBy().id()).orElse(thread.postedBy().id()));
        actorName = reply.map(r -> r.postedBy().name()).orElse(thread.postedBy().name());
        ofPost(event, thread, reply, followers, storyTellers, audience);
      }
      case ANSWER_ACCEPTED -> {
        if (reply.isEmpty()) {
          return Optional.empty();
        }
        audience.add(List.of(reply.get().postedBy().id()), NotificationKind.ANSWER_ACCEPTED);
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new Plan(audience, actors, actorName));
  }

  private static void ofPost(
      PostEvent event,
      DiscussionThread thread,
      Optional<Reply> reply,
      BiFunction<FollowTarget, String, Set<String>> followers,
      Function<String, Set<String>> storyTellers,
      Audience audience) {
    List<String> mentioned =
        event.mentionIds().isEmpty()
            ? reply.map(Reply::mentionIds).orElse(thread.mentionIds())
            : event.mentionIds();
    audience.mentioned(mentioned);
    if (reply.isPresent()) {
      audience.add(followers.apply(FollowTarget.THREAD, thread.id()), NotificationKind.REPLY);
      return;
    }
    if (thread.categoryId() != null) {
      audience.add(
          followers.apply(
              FollowTarget.CATEGORY,
              Follow.categoryTarget(thread.networkId(), thread.categoryId())),
          NotificationKind.NEW_THREAD);
    }
    audience.add(
        followers.apply(FollowTarget.NETWORK, thread.networkId()), NotificationKind.NEW_THREAD);
    thread
        .tags()
        .forEach(
            tag ->
                audience.add(
                    followers.apply(FollowTarget.TAG, tag.toLowerCase(java.util.Locale.ROOT)),
                    NotificationKind.NEW_THREAD));
    if (thread.attachedTo() != null && thread.attachedTo().kind() == AboutKind.STORY) {
      String storyId = thread.attachedTo().recordId();
      audience.add(followers.apply(FollowTarget.STORY, storyId), NotificationKind.NEW_THREAD);
      audience.add(storyTellers.apply(storyId), NotificationKind.NEW_THREAD);
    }
  }
}
