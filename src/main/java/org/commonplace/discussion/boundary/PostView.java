package org.commonplace.discussion.boundary;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonplace.discussion.entity.Author;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostState;
import org.commonplace.discussion.entity.Reply;

/**
 * One post as the thread page shows it to this reader: the opening post or a reply, with its text
 * rendered, or only a notice where the reader may not see it. A JavaBean because Payara's EL cannot
 * read records' properties.
 *
 * <p>Hidden and pending posts keep their place; their author and the network's facilitators still
 * see the text (to know what to fix, or to decide), everyone else the notice and the reason. A
 * deleted post shows only its place.
 */
public final class PostView {

  private final Reply reply;
  private final String id;
  private final Author author;
  private final Instant created;
  private final Instant edited;
  private final PostState state;
  private final String hiddenReason;
  private final String html;
  private final String body;
  private final List<String> helpfulBy;
  private final String viewerId;
  private final boolean accepted;

  private PostView(Builder b) {
    this.reply = b.reply;
    this.id = b.id;
    this.author = b.author;
    this.created = b.created;
    this.edited = b.edited;
    this.state = b.state;
    this.hiddenReason = b.hiddenReason;
    this.body = b.textShown ? b.body : null;
    this.html = b.textShown ? b.markdown.apply(b.body) : null;
    this.helpfulBy = b.helpfulBy;
    this.viewerId = b.viewerId;
    this.accepted = b.accepted;
  }

  /** The opening post of a thread. */
  static PostView opening(
      DiscussionThread thread, String viewerId, boolean moderates, UnaryOperator<String> markdown) {
    Builder b = new Builder();
    b.id = null;
    b.author = thread.postedBy();
    b.created = thread.created();
    b.edited = thread.edited();
    b.state = thread.state();
    b.hiddenReason = thread.hiddenReason();
    b.body = thread.body();
    b.helpfulBy = thread.helpfulBy();
    return b.finish(viewerId, moderates, markdown);
  }

  /** A reply, marked when it is the thread's accepted answer. */
  static PostView reply(
      Reply reply,
      boolean accepted,
      String viewerId,
      boolean moderates,
      UnaryOperator<String> markdown) {
    Builder b = new Builder();
    b.reply = reply;
    b.id = reply.id();
    b.author = reply.postedBy();
    b.created = reply.created();
    b.edited = reply.edited();
    b.state = reply.state();
    b.hiddenReason = reply.hiddenReason();
    b.body = reply.body();
    b.helpfulBy = reply.helpfulBy();
    b.accepted = accepted;
    return b.finish(viewerId, moderates, markdown);
  }

  /**
   * Whether this reader sees a post's text: everyone a visible post's, its author and the network's
   * facilitators a hidden or pending one's, nobody a deleted one's.
   */
  static boolean showsText(PostState state, boolean isAuthor, boolean moderates) {
    return switch (state) {
      case VISIBLE -> true;
      case HIDDEN, PENDING -> isAuthor || moderates;
      case DELETED -> false;
    };
  }

  /** The reply itself, for the includes beside it (null for the opening post). */
  public Reply getReply() {
    return reply;
  }

  public String getId() {
    return id;
  }

  /** The element id the page gives the post, and links point at. */
  public String getAnchor() {
    return id == null ? "opening-post" : "reply-" + id;
  }

  public boolean isOpening() {
    return id == null;
  }

  public String getAuthorId() {
    return author == null ? "" : author.id();
  }

  public String getAuthorName() {
    return author == null ? "" : author.name();
  }

  public String getOrganisationId() {
    return author == null ? null : author.organisationId();
  }

  /** The bundle key of the author's stakeholder role, or null when they gave none. */
  public String getRoleKey() {
    return author == null || author.role() == null ? null : "role." + author.role().name();
  }

  public Instant getCreated() {
    return created;
  }

  public Instant getEdited() {
    return edited;
  }

  public String getState() {
    return state.name();
  }

  public boolean isVisible() {
    return state == PostState.VISIBLE;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  /** The rendered, sanitised text, or null when this reader sees only the notice. */
  public String getHtml() {
    return html;
  }

  public boolean isTextShown() {
    return html != null;
  }

  /** The Markdown as written, for quoting; null when this reader may not see it. */
  String body() {
    return body;
  }

  public int getHelpfulCount() {
    return helpfulBy.size();
  }

  public boolean isHelpfulToViewer() {
    return viewerId != null && helpfulBy.contains(viewerId);
  }

  public boolean isByViewer() {
    return viewerId != null && author != null && viewerId.equals(author.id());
  }

  public boolean isAccepted() {
    return accepted;
  }

  private static final class Builder {
    private Reply reply;
    private String id;
    private Author author;
    private Instant created;
    private Instant edited;
    private PostState state;
    private String hiddenReason;
    private String body;
    private List<String> helpfulBy;
    private String viewerId;
    private boolean accepted;
    private boolean textShown;
    private UnaryOperator<String> markdown;

    private PostView finish(String viewer, boolean moderates, UnaryOperator<String> render) {
      viewerId = viewer;
      markdown = render;
      boolean isAuthor = viewer != null && author != null && viewer.equals(author.id());
      textShown = showsText(state, isAuthor, moderates);
      return new PostView(this);
    }
  }
}
