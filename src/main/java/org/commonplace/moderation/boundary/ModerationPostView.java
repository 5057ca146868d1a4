package org.commonplace.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.moderation.control.FacilitatorActions;
import org.commonplace.moderation.control.Flagging;
import org.commonplace.moderation.control.ModeratedPosts;
import org.commonplace.moderation.control.ModerationRefusedException;
import org.commonplace.moderation.control.PostNotFoundException;
import org.commonplace.moderation.entity.ActionRequest;
import org.commonplace.moderation.entity.ModerationAction;
import org.commonplace.moderation.entity.ModerationRules;
import org.commonplace.moderation.entity.Post;
import org.commonplace.platform.validation.InvalidInputException;

/**
 * The page the flag and action forms beside a post are posted to ({@code
 * moderation/post.xhtml?thread=…&reply=…}): it flags or acts, then sends the member back to the
 * post with a message; a refused request shows the post's forms here again with the errors beside
 * their fields and what was typed. Opened directly, it shows the post and its forms.
 */
@Named
@RequestScoped
public class ModerationPostView {

  private static final Logger LOG = Logger.getLogger(ModerationPostView.class.getName());

  @Inject CurrentViewer viewer;
  @Inject PageAccess access;
  @Inject ModeratedPosts posts;
  @Inject Flagging flagging;
  @Inject FacilitatorActions actions;
  @Inject ModerationFormPost form;

  private String thread;
  private String reply;
  private Post post;

  public void load() {
    if (!viewer.isSignedIn()) {
      access.requireSignIn();
      return;
    }
    try {
      post = posts.find(viewer.viewer(), thread == null ? "" : thread, blankToNull(reply));
    } catch (PostNotFoundException e) {
      access.notFound();
      return;
    }
    if (form.isPost()) {
      handle();
    }
  }

  private void handle() {
    try {
      if ("flag".equals(form.param(ModerationFormPost.ACTION))) {
        flagging.flag(
            viewer.viewer(),
            post.threadId(),
            post.replyId(),
            form.given("reason"),
            form.given("note"));
        form.done(ModerationLinks.post(post.threadId(), post.replyId()), ModerationNotice.FLAGGED);
      } else if ("moderate".equals(form.param(ModerationFormPost.ACTION))) {
        ActionRequest request = request();
        actions.act(viewer.viewer(), request);
        form.done(after(request), ModerationNotice.DONE);
      }
    } catch (InvalidInputException e) {
      e.violations().forEach(form::show);
    } catch (ModerationRefusedException e) {
      form.error(e.messageKey(), e.arguments().toArray());
    } catch (AccessDeniedException | PostNotFoundException e) {
      form.error("moderation.form.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A moderation request failed", e);
      form.error("moderation.form.failed");
    }
  }

  private ActionRequest request() {
    return new ActionRequest(
        form.given("action"),
        post.threadId(),
        post.replyId(),
        form.given("memberId"),
        null,
        form.given("reason"),
        form.given("body"),
        form.given("passage"),
        form.given("categoryId"),
        form.given("intoThreadId"),
        form.given("until"));
  }

  /** Back to the post, or to the thread it was merged into. */
  private String after(ActionRequest request) {
    if (ModerationRules.action(request.action()) == ModerationAction.MERGE) {
      return ModerationLinks.post(request.intoThreadId(), null);
    }
    return ModerationLinks.post(post.threadId(), post.replyId());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public DiscussionThread getThreadRecord() {
    return post == null ? null : post.thread().value();
  }

  public Reply getReplyRecord() {
    return post == null || post.isOpening() ? null : post.reply().value();
  }

  public String getBody() {
    return post == null ? "" : post.body();
  }

  public String getPostUrl() {
    return post == null ? "" : ModerationLinks.post(post.threadId(), post.replyId());
  }

  public String getThread() {
    return thread;
  }

  public void setThread(String thread) {
    this.thread = thread;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
