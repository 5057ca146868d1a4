package org.commonplace.moderation.control;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.commonplace.access.entity.Viewer;
import org.commonplace.discussion.control.Admission;
import org.commonplace.discussion.control.PostingGate;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Forum;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.entity.Suspension;
import org.commonplace.platform.record.RecordStores;

/**
 * What moderation tells the discussion about a member about to post: suspended members are refused
 * until their suspension ends; in a pre-moderated network a member's posts wait for approval until
 * {@value #APPROVED_TO_POST_FREELY} of their posts there have been approved. Facilitators are never
 * held or refused: they keep the network running.
 */
@ApplicationScoped
public class ModerationGate implements PostingGate {

  /** Two posts that a facilitator let through show a member knows the network's ways. */
  public static final int APPROVED_TO_POST_FREELY = 2;

  @Inject Suspensions suspensions;
  @Inject RecordStores stores;

  @Override
  public Admission admit(Viewer viewer, String networkId) {
    if (viewer.memberId().isEmpty() || viewer.facilitates(networkId)) {
      return Admission.POST;
    }
    String memberId = viewer.memberId().get();
    Optional<Suspension> suspended = suspensions.active(networkId, memberId);
    if (suspended.isPresent()) {
      return Admission.suspended(suspended.get().until(), suspended.get().reason());
    }
    boolean preModerated =
        stores.of(Forum.KIND).get(networkId).map(Forum::preModeration).orElse(false);
    return decide(preModerated, preModerated ? approvedPosts(networkId, memberId) : 0);
  }

  /** The rule without the store: held while pre-moderated and fewer than two approved posts. */
  static Admission decide(boolean preModerated, long approvedPosts) {
    return preModerated && approvedPosts < APPROVED_TO_POST_FREELY
        ? Admission.HOLD
        : Admission.POST;
  }

  /**
   * Posts of the member in the network that were let through: shown, or hidden later (a post hidden
   * after it was shown had been approved all the same).
   */
  private long approvedPosts(String networkId, String memberId) {
    Query approved =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("networkId").value(networkId)))
                            .filter(f -> f.term(t -> t.field("postedBy.id").value(memberId)))
                            .filter(
                                f ->
                                    f.terms(
                                        t ->
                                            t.field("state")
                                                .terms(
                                                    v ->
                                                        v.value(
                                                            List.of(
                                                                FieldValue.of(
                                                                    PostState.VISIBLE.name()),
                                                                FieldValue.of(
                                                                    PostState.HIDDEN.name()))))))));
    long threads = stores.of(DiscussionThread.KIND).count(approved);
    if (threads >= APPROVED_TO_POST_FREELY) {
      return threads;
    }
    return threads + stores.of(Reply.KIND).count(approved);
  }
}
