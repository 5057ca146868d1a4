package org.commonplace.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.record.RecordStore;
import org.commonplace.platform.record.RecordStores;
import org.commonplace.platform.record.Versioned;

/**
 * The posts moderation acts on, read by id and changed through the record store (never through the
 * discussion's pages or API): a post the viewer may not read does not exist for them, and every
 * change is a read-modify-write retried on conflict, so a reply or a helpful mark written at the
 * same moment is never undone.
 */
@ApplicationScoped
public class ModeratedPosts {

  @Inject RecordStores stores;
  @Inject NetworkAccess networks;
  @Inject AccessPolicy policy;

  /**
   * @param replyId null for the thread's opening post
   * @throws PostNotFoundException when there is no such post in that thread, or the viewer may not
   *     read it
   */
  public Post find(Viewer viewer, String threadId, String replyId) {
    Versioned<DiscussionThread> thread =
        threads().find(threadId).orElseThrow(PostNotFoundException::new);
    Versioned<Reply> reply = null;
    if (replyId != null && !replyId.isBlank()) {
      reply =
          replies()
              .find(replyId)
              .filter(r -> threadId.equals(r.value().threadId()))
              .orElseThrow(PostNotFoundException::new);
    }
    Post post = new Post(thread, reply);
    if (!policy.allows(viewer, Action.READ, scope(post))) {
      throw new PostNotFoundException();
    }
    return post;
  }

  /** For the policy, a post is a published story its author wrote, in the thread's network. */
  public Scope scope(Post post) {
    return scope(post.networkId(), post.authorId());
  }

  public Scope scope(String networkId, String authorId) {
    return Scope.post(networkId, networks.network(networkId).membersOnly(), authorId);
  }

  /** The network's scope, for actions on the network rather than on one post. */
  public Scope network(String networkId) {
    return networks.network(networkId);
  }

  /** Changes the post, the opening post's thread or the reply, and answers it as it is now. */
  public Post change(
      Post post, UnaryOperator<DiscussionThread> thread, UnaryOperator<Reply> reply) {
    if (post.isOpening()) {
      return new Post(threads().update(post.threadId(), thread), null);
    }
    return new Post(post.thread(), replies().update(post.replyId(), reply));
  }

  public Versioned<DiscussionThread> changeThread(
      String threadId, UnaryOperator<DiscussionThread> change) {
    return threads().update(threadId, change);
  }

  RecordStore<DiscussionThread> threads() {
    return stores.of(DiscussionThread.KIND);
  }

  RecordStore<Reply> replies() {
    return stores.of(Reply.KIND);
  }
}
