package org.commonplace.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.record.Versioned;

/**
 * Threads and replies as the access policy sees them: a post is, for the policy, a published story
 * of its network written by the post's author. A thread or reply the viewer may not read does not
 * exist for them.
 */
@ApplicationScoped
public class ThreadAccess {

  @Inject ThreadRecords records;
  @Inject AccessPolicy policy;
  @Inject NetworkAccess networks;

  public Scope network(String networkId) {
    return networks.network(networkId);
  }

  public Scope scopeOf(DiscussionThread thread) {
    return Scope.post(
        thread.networkId(),
        network(thread.networkId()).membersOnly(),
        thread.postedBy() == null ? null : thread.postedBy().id());
  }

  public Scope scopeOf(DiscussionThread thread, Reply reply) {
    return Scope.post(
        thread.networkId(),
        network(thread.networkId()).membersOnly(),
        reply.postedBy() == null ? null : reply.postedBy().id());
  }

  public Optional<Versioned<DiscussionThread>> find(Viewer viewer, String threadId) {
    if (!Ids.isWellFormed(threadId)) {
      return Optional.empty();
    }
    return readable(viewer, records.threads().find(threadId));
  }

  /** A thread read by the caller, kept only if the viewer may read it. */
  public Optional<Versioned<DiscussionThread>> readable(
      Viewer viewer, Optional<Versioned<DiscussionThread>> read) {
    return read.filter(t -> policy.allows(viewer, Action.READ, scopeOf(t.value())));
  }

  public DiscussionThread readable(Viewer viewer, String threadId) {
    return find(viewer, threadId).map(Versioned::value).orElseThrow(ThreadNotFoundException::new);
  }

  /** A reply of this thread, or not found. */
  public Reply replyOf(DiscussionThread thread, String replyId) {
    if (!Ids.isWellFormed(replyId)) {
      throw new ThreadNotFoundException();
    }
    return records
        .replies()
        .get(replyId)
        .filter(r -> thread.id().equals(r.threadId()))
        .orElseThrow(ThreadNotFoundException::new);
  }

  public void require(Viewer viewer, Action action, Scope scope) {
    policy.require(viewer, action, scope);
  }

  public boolean allows(Viewer viewer, Action action, Scope scope) {
    return policy.allows(viewer, action, scope);
  }
}
