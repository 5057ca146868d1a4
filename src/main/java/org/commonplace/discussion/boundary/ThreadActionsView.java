package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.control.PostingLimitException;
import org.commonplace.discussion.control.SuspendedException;
import org.commonplace.discussion.control.ThreadClosedException;
import org.commonplace.discussion.control.ThreadNotFoundException;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyDraft;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.DatesView;

/**
 * The forms of the thread page: reply (with a quote), mark a post helpful, mark or unmark the
 * answer, promote the thread or a reply to a proposed lesson. Each posts to the thread page, which
 * answers with a redirect to where the change shows, or with the typed reply kept and what to fix.
 *
 * <p>The reply form carries an id minted when it was rendered and kept when the page is shown again
 * after a refusal: submitting it twice stores one reply.
 */
@Named
@RequestScoped
public class ThreadActionsView {

  private static final Logger LOG = Logger.getLogger(ThreadActionsView.class.getName());

  @Inject ThreadReadView page;
  @Inject Discussions discussions;
  @Inject CurrentViewer viewer;
  @Inject ThreadFormPost post;
  @Inject DatesView dates;

  private final Map<String, String> fieldErrors = new HashMap<>();
  private boolean askConfirmation;
  private String replyId;

  public void handle() {
    DiscussionThread thread = page.getThread();
    if (thread == null || !post.isPost()) {
      return;
    }
    try {
      act(thread);
    } catch (InvalidInputException e) {
      e.violations().forEach(this::show);
    } catch (PossibleIdentifiersException e) {
      askConfirmation = true;
      show(Violation.of("identifiers", "thread.page.confirmIdentifiers"));
    } catch (PostingLimitException e) {
      post.error("thread.page.limited", Math.max(1, e.retryAfter().toSeconds()));
    } catch (SuspendedException e) {
      if (e.until() == null) {
        post.error("thread.error.suspended.indefinitely");
      } else {
        post.error("thread.page.suspended", dates.format(e.until()));
      }
    } catch (ThreadClosedException e) {
      post.error(e.messageKey());
    } catch (AccessDeniedException | ThreadNotFoundException e) {
      post.error("thread.page.denied");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "A thread page action failed", e);
      post.error("thread.page.failed");
    }
  }

  private void act(DiscussionThread thread) {
    var who = viewer.viewer();
    // the post a helpful, answer or promote form is about; none means the opening post
    String targetOrNull = blankToNull(post.param("post"));
    switch (post.param(ThreadFormPost.ACTION)) {
      case "reply" -> {
        Reply stored =
            discussions.reply(
                who,
                thread.id(),
                new ReplyDraft(
                    blankToNull(post.param("replyId")),
                    post.param("body"),
                    blankToNull(post.param("quotedReplyId")),
                    !post.param("identifiersConfirmed").isEmpty()));
        int at = discussions.pageOf(who, thread.id(), stored.id());
        post.done(ThreadLinks.reply(thread.id(), at, stored.id()), "replied");
      }
      case "helpful" -> {
        discussions.markHelpful(
            who, thread.id(), targetOrNull, "true".equals(post.param("helpful")));
        post.redirect(back(thread, targetOrNull));
      }
      case "accept" -> {
        discussions.accept(who, thread.id(), targetOrNull);
        post.done(back(thread, targetOrNull), targetOrNull == null ? "unaccepted" : "accepted");
      }
      case "promote" -> {
        String lessonId = discussions.promoteToLesson(who, thread.id(), targetOrNull);
        post.flashed(
            "/lesson/view.xhtml?id=" + ThreadLinks.query(lessonId), "thread.page.promoted");
      }
      default -> {
        // an unknown form: show the page as it is
      }
    }
  }

  /** Back to the page the member acted on, scrolled to the post. */
  private String back(DiscussionThread thread, String replyIdOrNull) {
    String anchor = replyIdOrNull == null ? "opening-post" : "reply-" + replyIdOrNull;
    return ThreadLinks.page(thread.id(), page.getPage()) + "#" + anchor;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.merge(
        violation.field(), post.text(violation.messageKey(), arguments), (a, b) -> a + " " + b);
  }

  /** The reply being written: what was typed into a refused form, or the quoted post. */
  public String getBody() {
    if (post.asks("reply")) {
      return post.param("body");
    }
    String quote = post.param("quote");
    if (quote.isEmpty()) {
      return "";
    }
    PostView quoted = page.shownPost("opening".equals(quote) ? null : quote);
    return quoted == null || quoted.body() == null ? "" : QuoteText.of(quoted.body());
  }

  /** The quoted reply the form names: posted back, or asked for by a "Quote" link. */
  public String getQuotedReplyId() {
    if (post.asks("reply")) {
      return post.param("quotedReplyId");
    }
    String quote = post.param("quote");
    return quote.isEmpty() || "opening".equals(quote) ? "" : quote;
  }

  /**
   * The id the next reply is stored under: the one the refused form carried (so that sending it
   * again still stores one reply), or a new one.
   */
  public String getReplyId() {
    if (replyId == null) {
      String sent = post.asks("reply") ? post.param("replyId") : "";
      replyId = sent.isBlank() ? discussions.mintReplyId() : sent;
    }
    return replyId;
  }

  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public boolean isAskConfirmation() {
    return askConfirmation;
  }
}
