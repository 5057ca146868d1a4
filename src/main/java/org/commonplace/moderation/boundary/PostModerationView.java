package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.control.ModeratedPosts;
import org.commonplace.moderation.entity.FlagReason;
import org.commonplace.moderation.entity.ModerationAction;

/**
 * What the moderation include beside a post offers: the flag form to members who may flag it, the
 * actions form to the network's facilitators, each with only the actions the post's state allows.
 * The forms post to the moderation post page, which also shows them again with errors and what was
 * typed when a request is refused.
 */
@Named
@RequestScoped
public class PostModerationView {

  @Inject CurrentViewer viewer;
  @Inject AccessPolicy policy;
  @Inject ModeratedPosts posts;
  @Inject ModerationFormPost post;
  @Inject org.commonplace.discussion.control.ForumSettings forums;

  private final Map<String, Scope> networkScopes = new HashMap<>();
  private final Map<String, List<Category>> categories = new HashMap<>();

  /** A member who may read the post, did not write it, and sees it shown. */
  public boolean mayFlag(DiscussionThread thread, Reply reply) {
    if (thread == null || !viewer.isSignedIn()) {
      return false;
    }
    String author = authorOf(thread, reply);
    PostState state = reply == null ? thread.state() : reply.state();
    Viewer who = viewer.viewer();
    Scope network = network(thread.networkId());
    return state == PostState.VISIBLE
        && !who.is(author)
        && policy.allows(
            who, Action.FLAG_POST, Scope.post(thread.networkId(), network.membersOnly(), author));
  }

  public boolean mayModerate(DiscussionThread thread) {
    return thread != null
        && viewer.isSignedIn()
        && policy.allows(viewer.viewer(), Action.MODERATE, network(thread.networkId()));
  }

  /**
   * The network's scope, read once per request: a thread page asks about each of its twenty posts,
   * and each would otherwise read the network's record again.
   */
  private Scope network(String networkId) {
    return networkScopes.computeIfAbsent(networkId, posts::network);
  }

  /** The actions the post's state allows, in the order a facilitator reaches for them. */
  public List<ModerationAction> actions(DiscussionThread thread, Reply reply) {
    PostState state = reply == null ? thread.state() : reply.state();
    List<ModerationAction> allowed = new ArrayList<>();
    switch (state) {
      case PENDING -> allowed.addAll(List.of(ModerationAction.APPROVE, ModerationAction.REJECT));
      case HIDDEN -> allowed.add(ModerationAction.RESTORE);
      case VISIBLE -> allowed.add(ModerationAction.HIDE);
      case DELETED -> {
        return allowed;
      }
    }
    allowed.addAll(List.of(ModerationAction.EDIT, ModerationAction.REDACT));
    if (reply == null) {
      allowed.add(thread.locked() ? ModerationAction.UNLOCK : ModerationAction.LOCK);
      allowed.add(thread.pinned() ? ModerationAction.UNPIN : ModerationAction.PIN);
      allowed.addAll(List.of(ModerationAction.MOVE, ModerationAction.MERGE));
    }
    if (!viewer.viewer().is(authorOf(thread, reply))) {
      allowed.add(ModerationAction.SUSPEND);
    }
    return allowed;
  }

  public List<FlagReason> getReasons() {
    return List.of(FlagReason.values());
  }

  public List<Category> categories(DiscussionThread thread) {
    return categories.computeIfAbsent(thread.networkId(), n -> forums.of(n).categories());
  }

  /** The id that keeps one post's form fields apart from another's on the thread page. */
  public String key(DiscussionThread thread, Reply reply) {
    return reply == null ? thread.id() : reply.id();
  }

  /** What was typed into this field of the refused form for this post, or "". */
  public String typed(DiscussionThread thread, Reply reply, String field) {
    return isThisPost(thread, reply) ? post.param(field) : "";
  }

  public Map<String, String> getFieldErrors() {
    return post.fieldErrors();
  }

  /** The error of a field, only beside the form of the post that was refused. */
  public String error(DiscussionThread thread, Reply reply, String field) {
    return isThisPost(thread, reply) ? post.fieldErrors().getOrDefault(field, "") : "";
  }

  public String authorOf(DiscussionThread thread, Reply reply) {
    var author = reply == null ? thread.postedBy() : reply.postedBy();
    return author == null ? "" : author.id();
  }

  private boolean isThisPost(DiscussionThread thread, Reply reply) {
    return post.isPostedForm()
        && thread.id().equals(post.param("thread"))
        && (reply == null ? post.param("reply").isEmpty() : reply.id().equals(post.param("reply")));
  }
}
