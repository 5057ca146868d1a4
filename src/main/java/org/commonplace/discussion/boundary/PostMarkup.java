package org.commonplace.discussion.boundary;

import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.web.DatesView;
import org.commonplace.platform.web.Messages;

/**
 * Writes one post of a thread page: its author line, its notice or text, and the actions this
 * reader may take on it. A page holds twenty of them, and written as a Facelets include each cost
 * about sixty expression evaluations, two thirds of the page's time under load; here everything
 * that is the same for every post on the page (the reader's permissions, the form token, the page's
 * address) is worked out once, in {@link ThreadReadView#getMarkup()}, and each post only writes
 * what is its own. What other features show beside a post (moderation's notice and links) comes
 * through {@link org.commonplace.discussion.control.PostAsides}.
 */
final class PostMarkup {

  private final String contextPath;
  private final String pageAction;
  private final String tokenField;
  private final String tokenValue;
  private final Locale locale;
  private final DatesView dates;
  private final boolean mayReact;
  private final boolean mayReply;
  private final boolean mayAccept;
  private final boolean mayPromote;
  private final UnaryOperator<String> organisationName;
  private final UnaryOperator<String> reason;
  private final UnaryOperator<String> quoteLink;
  private final UnaryOperator<String> replyLink;
  private final Function<Reply, List<PostAside>> asides;

  private PostMarkup(Builder b) {
    contextPath = b.contextPath;
    pageAction = b.pageAction;
    tokenField = b.tokenField;
    tokenValue = b.tokenValue;
    locale = b.locale;
    dates = b.dates;
    mayReact = b.mayReact;
    mayReply = b.mayReply;
    mayAccept = b.mayAccept;
    mayPromote = b.mayPromote;
    organisationName = b.organisationName;
    reason = b.reason;
    quoteLink = b.quoteLink;
    replyLink = b.replyLink;
    asides = b.asides;
  }

  static Builder builder() {
    return new Builder();
  }

  /** The whole article of one post. */
  void write(ResponseWriter w, PostView p) throws IOException {
    String anchor = p.getAnchor();
    w.startElement("article", null);
    w.writeAttribute("id", anchor, null);
    w.writeAttribute(
        "class",
        "post"
            + (p.isAccepted() ? " post--accepted" : "")
            + (p.isVisible() ? "" : " post--withheld"),
        null);
    w.writeAttribute("aria-labelledby", anchor + "-by", null);
    header(w, p, anchor);
    notice(w, p);
    if (p.isTextShown()) {
      w.startElement("div", null);
      w.writeAttribute("class", "post__body", null);
      w.write(p.getHtml());
      w.endElement("div");
    }
    actions(w, p, anchor);
    asides(w, p);
    w.endElement("article");
  }

  /** What other features show beside the post (moderation's notice and links). */
  private void asides(ResponseWriter w, PostView p) throws IOException {
    for (PostAside aside : asides.apply(p.getReply())) {
      if (aside.kind() == PostAside.Kind.NOTICE) {
        w.startElement("p", null);
        w.writeAttribute("class", "messages messages--info post__aside", null);
        w.writeAttribute("role", "status", null);
      } else {
        w.startElement("a", null);
        w.writeAttribute("id", aside.id(), null);
        w.writeAttribute("class", "post__link", null);
        w.writeAttribute("href", aside.href(), null);
      }
      w.writeText(aside.text(), null);
      w.endElement(aside.kind() == PostAside.Kind.NOTICE ? "p" : "a");
    }
  }

  private void header(ResponseWriter w, PostView p, String anchor) throws IOException {
    w.startElement("header", null);
    w.writeAttribute("class", "post__header", null);
    w.startElement("p", null);
    w.writeAttribute("id", anchor + "-by", null);
    w.writeAttribute("class", "post__by", null);
    w.startElement("a", null);
    w.writeAttribute(
        "href", contextPath + "/members/view.xhtml?id=" + ThreadLinks.query(p.getAuthorId()), null);
    w.writeText(p.getAuthorName(), null);
    w.endElement("a");
    String organisation = p.getOrganisationId();
    if (organisation != null && !organisation.isEmpty()) {
      w.write(", ");
      w.startElement("span", null);
      w.writeAttribute("class", "post__organisation", null);
      w.writeText(organisationName.apply(organisation), null);
      w.endElement("span");
    }
    if (p.getRoleKey() != null) {
      w.writeText(" · " + text(p.getRoleKey()), null);
    }
    w.write(" · ");
    w.startElement("time", null);
    w.writeAttribute("datetime", dates.iso(p.getCreated()), null);
    w.writeText(dates.format(p.getCreated()), null);
    w.endElement("time");
    if (p.getEdited() != null) {
      w.writeText(" · " + text("thread.page.edited"), null);
    }
    w.endElement("p");
    if (p.isAccepted()) {
      w.startElement("p", null);
      w.writeAttribute("class", "post__answer-mark", null);
      w.startElement("span", null);
      w.writeAttribute("class", "badge badge--answer", null);
      w.writeText(text("thread.page.acceptedMark"), null);
      w.endElement("span");
      w.endElement("p");
    }
    w.endElement("header");
  }

  private void notice(ResponseWriter w, PostView p) throws IOException {
    String notice =
        switch (p.getState()) {
          case "PENDING" -> text("thread.page.pending");
          case "HIDDEN" -> text("thread.page.hidden") + " " + reason.apply(p.getHiddenReason());
          case "DELETED" -> text("thread.page.deleted");
          default -> null;
        };
    if (notice != null) {
      w.startElement("p", null);
      w.writeAttribute("class", "post__notice", null);
      w.writeAttribute("role", "note", null);
      w.writeText(notice, null);
      w.endElement("p");
    }
  }

  private void actions(ResponseWriter w, PostView p, String anchor) throws IOException {
    w.startElement("footer", null);
    w.writeAttribute("class", "post__actions", null);
    if (p.getHelpfulCount() > 0) {
      w.startElement("span", null);
      w.writeAttribute("class", "post__helpful", null);
      w.writeText(text("thread.page.helpfulCount", p.getHelpfulCount()), null);
      w.endElement("span");
    }
    if (p.isVisible() && !p.isByViewer() && mayReact) {
      boolean helpful = p.isHelpfulToViewer();
      form(w, "helpful", anchor, "helpful", p.getId());
      hidden(w, "helpful", String.valueOf(!helpful));
      w.startElement("button", null);
      w.writeAttribute("id", "helpful-" + anchor, null);
      w.writeAttribute("type", "submit", null);
      w.writeAttribute("class", "button-link", null);
      w.writeAttribute("aria-pressed", String.valueOf(helpful), null);
      w.writeText(text(helpful ? "thread.page.unmarkHelpful" : "thread.page.markHelpful"), null);
      w.endElement("button");
      w.endElement("form");
    }
    if (p.isVisible() && mayReply) {
      w.startElement("a", null);
      w.writeAttribute("id", "quote-" + anchor, null);
      w.writeAttribute("class", "post__quote", null);
      if (p.getId() != null) {
        w.writeAttribute("data-reply", p.getId(), null);
      }
      w.writeAttribute("href", quoteLink.apply(p.getId()), null);
      w.writeText(text("thread.page.quote"), null);
      w.endElement("a");
    }
    if (!p.isOpening() && p.isVisible() && mayAccept) {
      form(w, "accept", anchor, "accept", p.isAccepted() ? "" : p.getId());
      button(
          w,
          "accept-" + anchor,
          p.isAccepted() ? "thread.page.unmarkAnswer" : "thread.page.markAnswer");
      w.endElement("form");
    }
    if (p.isVisible() && mayPromote) {
      form(w, "promote", anchor, "promote", p.getId());
      button(
          w,
          "promote-" + anchor,
          p.isOpening() ? "thread.page.promoteThread" : "thread.page.promoteReply");
      w.endElement("form");
    }
    if (!p.isOpening()) {
      w.startElement("a", null);
      w.writeAttribute("class", "post__link", null);
      w.writeAttribute("href", replyLink.apply(p.getId()), null);
      w.writeText(text("thread.page.linkToReply"), null);
      w.endElement("a");
    }
    w.endElement("footer");
  }

  /** A small form posted to this page, with the token every form carries and what it acts on. */
  private void form(ResponseWriter w, String name, String anchor, String act, String post)
      throws IOException {
    w.startElement("form", null);
    w.writeAttribute("id", name + "-form-" + anchor, null);
    w.writeAttribute("class", "inline-form", null);
    w.writeAttribute("method", "post", null);
    w.writeAttribute("action", pageAction, null);
    hidden(w, tokenField, tokenValue);
    hidden(w, "act", act);
    hidden(w, "post", post == null ? "" : post);
  }

  private static void hidden(ResponseWriter w, String name, String value) throws IOException {
    w.startElement("input", null);
    w.writeAttribute("type", "hidden", null);
    w.writeAttribute("name", name, null);
    w.writeAttribute("value", value, null);
    w.endElement("input");
  }

  private void button(ResponseWriter w, String id, String key) throws IOException {
    w.startElement("button", null);
    w.writeAttribute("id", id, null);
    w.writeAttribute("type", "submit", null);
    w.writeAttribute("class", "button-link", null);
    w.writeText(text(key), null);
    w.endElement("button");
  }

  private String text(String key, Object... arguments) {
    return Messages.text(locale, key, arguments);
  }

  static final class Builder {
    private String contextPath = "";
    private String pageAction;
    private String tokenField;
    private String tokenValue;
    private Locale locale = Locale.ENGLISH;
    private DatesView dates;
    private boolean mayReact;
    private boolean mayReply;
    private boolean mayAccept;
    private boolean mayPromote;
    private UnaryOperator<String> organisationName = UnaryOperator.identity();
    private UnaryOperator<String> reason = UnaryOperator.identity();
    private UnaryOperator<String> quoteLink;
    private UnaryOperator<String> replyLink;
    private Function<Reply, List<PostAside>> asides = reply -> List.of();

    Builder page(String contextPath, String pageAction, Locale locale) {
      this.contextPath = contextPath;
      this.pageAction = pageAction;
      this.locale = locale;
      return this;
    }

    Builder formToken(String field, String value) {
      this.tokenField = field;
      this.tokenValue = value;
      return this;
    }

    Builder dates(DatesView dates) {
      this.dates = dates;
      return this;
    }

    Builder may(boolean react, boolean reply, boolean accept, boolean promote) {
      this.mayReact = react;
      this.mayReply = reply;
      this.mayAccept = accept;
      this.mayPromote = promote;
      return this;
    }

    /** Names of organisations and hidden reasons, as the page words them. */
    Builder words(UnaryOperator<String> organisationName, UnaryOperator<String> reason) {
      this.organisationName = organisationName;
      this.reason = reason;
      return this;
    }

    /** Links to quote a post (by its id, null for the opening post) and to a reply in place. */
    Builder links(UnaryOperator<String> quoteLink, UnaryOperator<String> replyLink) {
      this.quoteLink = quoteLink;
      this.replyLink = replyLink;
      return this;
    }

    /** What other features show beside a post (its reply, null for the opening post). */
    Builder asides(Function<Reply, List<PostAside>> asides) {
      this.asides = asides;
      return this;
    }

    PostMarkup build() {
      return new PostMarkup(this);
    }
  }
}
