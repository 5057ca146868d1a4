package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.control.PostAsides;
import org.commonplace.discussion.control.ThreadNotFoundException;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.PostAside;
import org.commonplace.discussion.entity.Reply;
import org.commonplace.discussion.entity.ReplyPage;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.control.OrganisationRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.web.DatesView;
import org.commonplace.platform.web.PageAbout;

/**
 * Backs the thread page: the opening post, the accepted answer first on page 1, and twenty replies
 * a page. {@code &reply=} and {@code &unread=1} are answered with a redirect to the page that holds
 * that reply, scrolled to it, so the address a member shares or bookmarks says where they are. What
 * the reader may do beside reading is decided by {@link ThreadPermissions}; the forms post to this
 * page and are handled by {@link ThreadActionsView}.
 */
@Named
@RequestScoped
public class ThreadReadView {

  @Inject Discussions discussions;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject ThreadPermissions permissions;
  @Inject OrganisationRecords organisations;
  @Inject NetworkRecords networks;
  @Inject MarkdownRenderer markdown;
  @Inject ThreadFormPost post;
  @Inject FacesContext faces;
  @Inject DatesView dates;
  @Inject Instance<PostAsides> asides;
  @Inject ThreadActionsView actions;
  @Inject Event<PageAbout> about;

  private String id;
  private String pageParam;
  private String reply;
  private String unread;
  private DiscussionThread thread;
  private ReplyPage replies;
  private PostView opening;
  private PostView accepted;
  private List<PostView> shown = List.of();
  private PostMarkup markup;

  /**
   * The page's one view action: the thread read, a form sent with it handled, then the replies to
   * show. One action rather than three, because Faces builds a context of its own around each view
   * action, and each of those walks the thread's stack (3 % of the page's time under load).
   */
  public void open() {
    if (id != null) {
      // features beside the thread (the follow button) read what they need with the thread
      about.fire(new PageAbout("THREAD", id));
    }
    load();
    if (faces.getResponseComplete()) {
      return;
    }
    actions.handle();
    show();
  }

  /** First: visitors sign in; a thread the reader may not read answers 404. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    thread = id == null ? null : discussions.findToRead(viewer.viewer(), id).orElse(null);
    if (thread == null) {
      page.notFound();
      return;
    }
    if (post.isPost()) {
      return;
    }
    if (thread.mergedInto() != null) {
      // a duplicate merged away: its old links, in mails and bookmarks, land on the thread it
      // joined
      post.redirect(ThreadLinks.thread(thread.mergedInto()));
      return;
    }
    try {
      if (reply != null && !reply.isBlank()) {
        post.redirect(ThreadLinks.reply(id, discussions.pageOf(viewer.viewer(), id, reply), reply));
      } else if ("1".equals(unread)) {
        toFirstUnread();
      }
    } catch (ThreadNotFoundException | AccessDeniedException e) {
      page.notFound();
    }
  }

  private void toFirstUnread() {
    Reply first = discussions.firstUnread(viewer.viewer(), id).orElse(null);
    if (first == null) {
      ReplyPage firstPage = discussions.replies(viewer.viewer(), id, 1);
      post.redirect(ThreadLinks.page(id, firstPage.pageCount()) + "#thread-end");
    } else {
      int at = discussions.pageOf(viewer.viewer(), id, first.id());
      post.redirect(ThreadLinks.reply(id, at, first.id()));
    }
  }

  /**
   * Last, once any form is handled: the page of replies to show, and the reader's place moved up to
   * the newest reply on it.
   */
  public void show() {
    if (thread == null || faces.getResponseComplete()) {
      return;
    }
    // a form handled before may have changed the thread: read it again only then
    replies =
        post.isPost()
            ? discussions.replies(viewer.viewer(), id, getPage())
            : discussions.replies(thread, getPage());
    thread = replies.thread();
    boolean moderates = permissions.moderates(thread);
    String me = viewer.getId();
    opening = PostView.opening(thread, me, moderates, markdown::toSafeHtml);
    List<PostView> list = new ArrayList<>();
    for (Reply r : replies.replies()) {
      list.add(
          PostView.reply(
              r, r.id().equals(thread.acceptedReplyId()), me, moderates, markdown::toSafeHtml));
    }
    shown = list;
    if (replies.accepted() != null && getPage() == 1) {
      accepted = PostView.reply(replies.accepted(), true, me, moderates, markdown::toSafeHtml);
    }
    discussions.markRead(viewer.viewer(), replies, newestShown());
  }

  private Instant newestShown() {
    Instant newest = thread.created();
    for (Reply r : replies.replies()) {
      if (r.created() != null && (newest == null || r.created().isAfter(newest))) {
        newest = r.created();
      }
    }
    return newest;
  }

  /**
   * What writes this page's posts, with what is the same for all of them (the reader's permissions,
   * the form token, the page's address) worked out once.
   */
  public PostMarkup getMarkup() {
    if (markup == null) {
      int number = getPage();
      // every post links to this page: its address is made once, not three times a post
      String here = pageLink(number);
      markup =
          PostMarkup.builder()
              .page(
                  faces.getExternalContext().getRequestContextPath(),
                  here,
                  faces.getViewRoot().getLocale())
              .formToken(
                  faces
                      .getApplication()
                      .evaluateExpressionGet(faces, "#{formToken.field}", String.class),
                  faces
                      .getApplication()
                      .evaluateExpressionGet(faces, "#{formToken.value}", String.class))
              .dates(dates::format, dates::iso)
              .may(
                  permissions.mayReact(thread),
                  permissions.mayReply(thread),
                  permissions.mayAccept(thread),
                  permissions.mayPromote(thread))
              .words(this::organisationName, this::reason)
              .links(
                  replyId -> here + QUOTE + ThreadLinks.query(quoted(replyId)) + "#reply-form",
                  replyId -> here + ThreadLinks.anchor(replyId))
              .asides(beside(asides.stream().toList()))
              .build();
    }
    return markup;
  }

  private Function<Reply, List<PostAside>> beside(List<PostAsides> sources) {
    return shownReply -> {
      List<PostAside> all = new ArrayList<>();
      sources.forEach(source -> all.addAll(source.beside(thread, shownReply)));
      return all;
    };
  }

  public DiscussionThread getThread() {
    return thread;
  }

  public PostView getOpening() {
    return opening;
  }

  /** The accepted answer, shown first on page 1 (null elsewhere, or when there is none). */
  public PostView getAccepted() {
    return accepted;
  }

  public List<PostView> getReplies() {
    return shown;
  }

  /** A post on this page by its id, for quoting (null when it is not here). */
  PostView shownPost(String replyId) {
    if (replyId == null || replyId.isBlank()) {
      return opening;
    }
    return shown.stream()
        .filter(p -> replyId.equals(p.getId()))
        .findFirst()
        .orElse(accepted != null && replyId.equals(accepted.getId()) ? accepted : null);
  }

  public int getPage() {
    return PageNumbers.parse(pageParam);
  }

  public int getPageCount() {
    return replies == null ? 1 : Math.max(1, replies.pageCount());
  }

  public long getTotal() {
    return replies == null ? 0 : replies.total();
  }

  /** The page of the accepted answer, for the link from page 1 to its place. */
  public int getAcceptedPage() {
    return accepted == null ? 1 : discussions.pageOf(viewer.viewer(), id, accepted.getId());
  }

  /** A page of this thread, as a link (context path included). */
  public String pageLink(int number) {
    return faces.getExternalContext().getRequestContextPath() + ThreadLinks.page(id, number);
  }

  /** A reply in its place, as a link (context path included). */
  public String replyLink(int number, String replyId) {
    return faces.getExternalContext().getRequestContextPath()
        + ThreadLinks.reply(id, number, replyId);
  }

  public String getNetworkName() {
    return thread == null
        ? ""
        : networks.network(thread.networkId()).map(Network::name).orElse(thread.networkId());
  }

  public String getCategoryName() {
    if (thread == null || thread.categoryId() == null) {
      return "";
    }
    return discussions.categoryName(thread.networkId(), thread.categoryId());
  }

  /** The page of the story or lesson the thread is about, relative to the portal's root. */
  public String getAboutPage() {
    return thread == null || thread.attachedTo() == null
        ? ""
        : thread.attachedTo().kind() == AboutKind.STORY ? "story/view.xhtml" : "lesson/view.xhtml";
  }

  /**
   * Why a post is hidden, in words: a flag's reason as the bundle names it, or the facilitator's
   * own words as they wrote them.
   */
  public String reason(String hiddenReason) {
    if (hiddenReason == null || hiddenReason.isBlank()) {
      return "";
    }
    String key = "thread.page.reason." + hiddenReason;
    String text = post.text(key);
    return text.equals(key) ? hiddenReason : text;
  }

  /** Every thread address carries ?id=, so a quote is one more query value. */
  private static final String QUOTE = "&quote=";

  /** The quote parameter's value: the reply's id, or "opening" for the thread's own post. */
  private static String quoted(String replyId) {
    return replyId == null ? "opening" : replyId;
  }

  public String organisationName(String organisationId) {
    if (organisationId == null || organisationId.isBlank()) {
      return "";
    }
    return organisations.name(organisationId);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPageParam() {
    return pageParam;
  }

  public void setPageParam(String pageParam) {
    this.pageParam = pageParam;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getUnread() {
    return unread;
  }

  public void setUnread(String unread) {
    this.unread = unread;
  }
}
