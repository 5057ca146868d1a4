package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Viewer;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationEntry;
import org.commonplace.moderation.entity.ModerationRules;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * The one way in for a facilitator's action, from the API and the pages alike: the action and its
 * reason are checked, the post or member is found, the access policy decides (MODERATE on the
 * post's network, SUSPEND_MEMBER for suspensions), then the action is logged and applied.
 */
@ApplicationScoped
public class FacilitatorActions {

  @Inject ModeratedPosts posts;
  @Inject PostActions onPosts;
  @Inject ThreadActions onThreads;
  @Inject Suspensions suspensions;
  @Inject AccessPolicy policy;

  /**
   * @return the log entry written for it
   * @throws InvalidInputException naming the field, for a missing or malformed part
   * @throws PostNotFoundException when the post does not exist for the viewer
   * @throws org.commonplace.access.control.AccessDeniedException unless the viewer moderates there
   * @throws ModerationRefusedException when the post's state does not allow it
   */
  public ModerationEntry act(Viewer viewer, ActionRequest request) {
    ModerationAction action = ModerationRules.action(request.action());
    String reason = ModerationRules.reason(request.reason());
    if (action == ModerationAction.SUSPEND || action == ModerationAction.LIFT_SUSPENSION) {
      return onMember(viewer, action, request, reason);
    }
    Post post = posts.find(viewer, required("threadId", request.threadId()), request.replyId());
    policy.require(viewer, Action.MODERATE, posts.scope(post));
    return switch (action) {
      case HIDE -> onPosts.hide(viewer, post, reason);
      case RESTORE -> onPosts.restore(viewer, post, reason);
      case EDIT -> onPosts.edit(viewer, post, reason, request.body());
      case REDACT -> onPosts.redact(viewer, post, reason, request.passage());
      case APPROVE -> onPosts.approve(viewer, post, reason);
      case REJECT -> onPosts.reject(viewer, post, reason);
      case LOCK, UNLOCK ->
          onThreads.lock(viewer, opening(post), reason, action == ModerationAction.LOCK);
      case PIN, UNPIN ->
          onThreads.pin(viewer, opening(post), reason, action == ModerationAction.PIN);
      case MOVE ->
          onThreads.move(viewer, opening(post), reason, request.networkId(), request.categoryId());
      case MERGE -> onThreads.merge(viewer, opening(post), reason, request.intoThreadId());
      default -> throw InvalidInputException.of("action", "moderation.error.action");
    };
  }

  /** A suspension names a network directly, or through a thread of it. */
  private ModerationEntry onMember(
      Viewer viewer, ModerationAction action, ActionRequest request, String reason) {
    String networkId = request.networkId();
    if (networkId == null || networkId.isBlank()) {
      networkId = posts.find(viewer, required("threadId", request.threadId()), null).networkId();
    }
    policy.require(viewer, Action.SUSPEND_MEMBER, posts.network(networkId.strip()));
    String memberId = required("memberId", request.memberId());
    return action == ModerationAction.SUSPEND
        ? suspensions.suspend(viewer, networkId.strip(), memberId, reason, request.until())
        : suspensions.lift(viewer, networkId.strip(), memberId, reason);
  }

  /** Thread actions are asked for on the thread, not on one of its replies. */
  private static Post opening(Post post) {
    if (!post.isOpening()) {
      throw InvalidInputException.of("replyId", "moderation.error.threadOnly");
    }
    return post;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "moderation.error.required");
    }
    return value.strip();
  }
}
