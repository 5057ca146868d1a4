package org.commonplace.discussion.boundary;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.platform.markdown.HtmlBuilder;
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
  private final Function<Instant, String> dateShown;
  private final Function<Instant, String> dateTime;
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
    dateShown = b.dateShown;
    dateTime = b.dateTime;
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

  /**
   * The whole article of one post, as one string: written through Faces' response writer element by
   * element, the post spent more time passing each attribute through the writer's layers (CSP,
   * HTML, the state writer) than on anything else.
   */
  String write(PostView p) {
    HtmlBuilder w = new HtmlBuilder();
    String anchor = p.getAnchor();
    w.startElement("article");
    w.writeAttribute("id", anchor);
    w.writeAttribute(
        "class",
        "post"
            + (p.isAccepted() ? " post--accepted" : "")
            + (p.isVisible() ? "" : " post--withheld"));
    w.writeAttribute("aria-labelledby", anchor + "-by");
    header(w, p, anchor);
    notice(w, p);
    if (p.isTextShown()) {
      w.startElement("div");
      w.writeAttribute("class", "post__body");
      w.raw(p.getHtml());
      w.endElement("div");
    }
    actions(w, p, anchor);
    asides(w, p);
    w.endElement("article");
    return w.toString();
  }

  /** What other features show beside the post (moderation's notice and links). */
  private void asides(HtmlBuilder w, PostView p) {
    for (PostAside aside : asides.apply(p.getReply())) {
      if (aside.kind() == PostAside.Kind.NOTICE) {
        w.startElement("p");
        w.writeAttribute("class", "messages messages--info post__aside");
        w.writeAttribute("role", "status");
      } else {
        w.startElement("a");
        w.writeAttribute("id", aside.id());
        w.writeAttribute("class", "post__link");
        w.writeAttribute("href", aside.href());
      }
      w.writeText(aside.text());
      w.endElement(aside.kind() == PostAside.Kind.NOTICE ? "p" : "a");
    }
  }

  private void header(HtmlBuilder w, PostView p, String anchor) {
    w.startElement("header");
    w.writeAttribute("class", "post__header");
    w.startElement("p");
    w.writeAttribute("id", anchor + "-by");
    w.writeAttribute("class", "post__by");
    w.startElement("a");
    w.writeAttribute(
        "href", contextPath + "/members/view.xhtml?id=" + ThreadLinks.query(p.getAuthorId()));
    w.writeText(p.getAuthorName());
    w.endElement("a");
    String organisation = p.getOrganisationId();
    if (organisation != null && !organisation.isEmpty()) {
      w.raw(", ");
      w.startElement("span");
      w.writeAttribute("class", "post__organisation");
      w.writeText(organisationName.apply(organisation));
      w.endElement("span");
    }
    if (p.getRoleKey() != null) {
      w.writeText(" · " + text(p.getRoleKey()));
    }
    w.raw(" · ");
    w.startElement("time");
    w.writeAttribute("datetime", dateTime.apply(p.getCreated()));
    w.writeText(dateShown.apply(p.getCreated()));
    w.endElement("time");
    if (p.getEdited() != null) {
      w.writeText(" · " + text("thread.page.edited"));
    }
    w.endElement("p");
    if (p.isAccepted()) {
      w.startElement("p");
      w.writeAttribute("class", "post__answer-mark");
      w.startElement("span");
      w.writeAttribute("class", "badge badge--answer");
      w.writeText(text("thread.page.acceptedMark"));
      w.endElement("span");
      w.endElement("p");
    }
    w.endElement("header");
  }

  private void notice(HtmlBuilder w, PostView p) {
    String notice =
        switch (p.getState()) {
          case "PENDING" -> text("thread.page.pending");
          case "HIDDEN" -> text("thread.page.hidden") + " " + reason.apply(p.getHiddenReason());
          case "DELETED" -> text("thread.page.deleted");
          default -> null;
        };
    if (notice != null) {
      w.startElement("p");
      w.writeAttribute("class", "post__notice");
      w.writeAttribute("role", "note");
      w.writeText(notice);
      w.endElement("p");
    }
  }

  private void actions(HtmlBuilder w, PostView p, String anchor) {
    w.startElement("footer");
    w.writeAttribute("class", "post__actions");
    if (p.getHelpfulCount() > 0) {
      w.startElement("span");
      w.writeAttribute("class", "post__helpful");
      w.writeText(text("thread.page.helpfulCount", p.getHelpfulCount()));
      w.endElement("span");
    }
    if (p.isVisible() && !p.isByViewer() && mayReact) {
      boolean helpful = p.isHelpfulToViewer();
      form(w, "helpful", anchor, "helpful", p.getId());
      hidden(w, "helpful", String.valueOf(!helpful));
      w.startElement("button");
      w.writeAttribute("id", "helpful-" + anchor);
      w.writeAttribute("type", "submit");
      w.writeAttribute("class", "button-link");
      w.writeAttribute("aria-pressed", String.valueOf(helpful));
      w.writeText(text(helpful ? "thread.page.unmarkHelpful" : "thread.page.markHelpful"));
      w.endElement("button");
      w.endElement("form");
    }
    if (p.isVisible() && mayReply) {
      w.startElement("a");
      w.writeAttribute("id", "quote-" + anchor);
      w.writeAttribute("class", "post__quote");
      if (p.getId() != null) {
        w.writeAttribute("data-reply", p.getId());
      }
      w.writeAttribute("href", quoteLink.apply(p.getId()));
      w.writeText(text("thread.page.quote"));
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
      w.startElement("a");
      w.writeAttribute("class", "post__link");
      w.writeAttribute("href", replyLink.apply(p.getId()));
      w.writeText(text("thread.page.linkToReply"));
      w.endElement("a");
    }
    w.endElement("footer");
  }

  /** A small form posted to this page, with the token every form carries and what it acts on. */
  private void form(HtmlBuilder w, String name, String anchor, String act, String post) {
    w.startElement("form");
    w.writeAttribute("id", name + "-form-" + anchor);
    w.writeAttribute("class", "inline-form");
    w.writeAttribute("method", "post");
    w.writeAttribute("action", pageAction);
    hidden(w, tokenField, tokenValue);
    hidden(w, "act", act);
    hidden(w, "post", post == null ? "" : post);
  }

  private static void hidden(HtmlBuilder w, String name, String value) {
    w.startElement("input");
    w.writeAttribute("type", "hidden");
    w.writeAttribute("name", name);
    w.writeAttribute("value", value);
    w.endElement("input");
  }

  private void button(HtmlBuilder w, String id, String key) {
    w.startElement("button");
    w.writeAttribute("id", id);
    w.writeAttribute("type", "submit");
    w.writeAttribute("class", "button-link");
    w.writeText(text(key));
    w.endElement("button");
  }

  /** Texts without arguments, looked up in the bundle once per page rather than once a post. */
  private final Map<String, String> texts = new HashMap<>();

  private String text(String key, Object... arguments) {
    return arguments.length == 0
        ? texts.computeIfAbsent(key, k -> Messages.text(locale, k))
        : Messages.text(locale, key, arguments);
  }

  static final class Builder {
    private String contextPath = "";
    private String pageAction;
    private String tokenField;
    private String tokenValue;
    private Locale locale = Locale.ENGLISH;
    private Function<Instant, String> dateShown;
    private Function<Instant, String> dateTime;
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

    /** A date as the reader reads it, and as a time element's datetime attribute. */
    Builder dates(Function<Instant, String> shown, Function<Instant, String> dateTime) {
      this.dateShown = shown;
      this.dateTime = dateTime;
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
