package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.access.entity.Action;
import org.commonplace.member.control.NetworkAccess;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.moderation.control.FacilitatorActions;
import org.commonplace.moderation.control.Flagging;
import org.commonplace.moderation.control.ModerationRefusedException;
import org.commonplace.moderation.control.PostNotFoundException;
import org.commonplace.moderation.control.ReviewQueue;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.moderation.entity.Post;
import org.commonplace.moderation.entity.ReviewItem;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * A network's review queue page ({@code moderation/queue.xhtml?network=…}), for its facilitators:
 * each flagged post with its flags, and each held post, with a small form to decide or approve. A
 * decision is posted back here and answered with a redirect and a message, or the page again with
 * the error and the typed note.
 */
@Named
@RequestScoped
public class ReviewQueueView {

  private static final Logger LOG = Logger.getLogger(ReviewQueueView.class.getName());

  @Inject CurrentViewer viewer;
  @Inject PageAccess access;
  @Inject NetworkAccess networks;
  @Inject NetworkRecords networkRecords;
  @Inject ReviewQueue queue;
  @Inject Flagging flagging;
  @Inject FacilitatorActions actions;
  @Inject ModerationFormPost form;
  @Inject Clock clock;

  private String network;
  private List<ReviewItem> items = List.of();

  public void load() {
    String id = network == null ? "" : network.strip();
    if (!access.check(Action.MODERATE, networks.network(id))) {
      return;
    }
    if (form.isPost()) {
      handle(id);
    }
    if (!form.isDone()) {
      items = queue.items(viewer.viewer(), id);
    }
  }

  private void handle(String id) {
    try {
      switch (form.param(ModerationFormPost.ACTION)) {
        case "decide" ->
            flagging.decide(
                viewer.viewer(), form.param("flagId"), form.given("outcome"), form.given("note"));
        case "approve", "reject" ->
            actions.act(
                viewer.viewer(),
                new ActionRequest(
                    form.param(ModerationFormPost.ACTION).toUpperCase(java.util.Locale.ROOT),
                    form.given("thread"),
                    form.given("reply"),
                    null,
                    null,
                    form.given("reason"),
                    null,
                    null,
                    null,
                    null,
                    null));
        default -> {
          return;
        }
      }
      form.done(
          "moderation/queue.xhtml?network=" + ModerationLinks.encode(id), ModerationNotice.DONE);
    } catch (InvalidInputException e) {
      e.violations().forEach(form::show);
    } catch (ModerationRefusedException e) {
      form.error(e.messageKey(), e.arguments().toArray());
    } catch (AccessDeniedException | PostNotFoundException e) {
      form.error("moderation.form.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A review queue decision failed", e);
      form.error("moderation.form.failed");
    }
  }

  public List<ReviewItem> getItems() {
    return items;
  }

  /** How long a flag or a held post has waited, in days, hours or minutes. */
  public String age(Instant since) {
    Duration waited = Duration.between(since, clock.instant());
    if (waited.toDays() > 0) {
      return form.text("moderation.queue.days", waited.toDays());
    }
    if (waited.toHours() > 0) {
      return form.text("moderation.queue.hours", waited.toHours());
    }
    return form.text("moderation.queue.minutes", Math.max(0, waited.toMinutes()));
  }

  public String link(Post post) {
    return ModerationLinks.post(post.threadId(), post.replyId());
  }

  /** Typed into the refused form of this post, or "". */
  public String typed(Post post, String field) {
    boolean thisPost =
        form.isPostedForm()
            && post.threadId().equals(form.param("thread"))
            && String.valueOf(post.replyId())
                .equals(form.param("reply").isEmpty() ? "null" : form.param("reply"));
    return thisPost ? form.param(field) : "";
  }

  public String getNetworkName() {
    return networkRecords.network(network).map(n -> n.name()).orElse(network);
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }
}
