package org.commonplace.discussion.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.discussion.control.Discussions;
import org.commonplace.discussion.control.PostingLimitException;
import org.commonplace.discussion.control.SuspendedException;
import org.commonplace.discussion.entity.About;
import org.commonplace.discussion.entity.AboutKind;
import org.commonplace.discussion.entity.Category;
import org.commonplace.discussion.entity.DiscussionThread;
import org.commonplace.discussion.entity.ThreadDraft;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.privacy.PossibleIdentifiersException;
import org.commonplace.platform.validation.InvalidInputException;
import org.commonplace.platform.validation.Violation;
import org.commonplace.platform.web.DatesView;
import org.commonplace.story.control.StoryService;

/**
 * Backs the page that starts a thread in a network's forum ({@code ?network=}) or about a case
 * story or lesson ({@code ?story=}, {@code ?lesson=}: the network is theirs). A plain form posted
 * back to the page: a refusal shows what to fix beside each field with everything typed kept; a
 * started thread is shown at once.
 */
@Named
@RequestScoped
public class ThreadNewView {

  private static final Logger LOG = Logger.getLogger(ThreadNewView.class.getName());

  @Inject Discussions discussions;
  @Inject StoryService stories;
  @Inject LessonService lessons;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject ThreadFormPost post;
  @Inject DatesView dates;
  @Inject NetworkRecords networks;

  private String network;
  private String story;
  private String lesson;
  private About about;
  private String aboutTitle;
  private final Map<String, String> fieldErrors = new HashMap<>();
  private boolean askConfirmation;

  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    if (!findAbout()) {
      page.notFound();
      return;
    }
    if (!notBlank(network)) {
      network = getNetworkId();
    }
    if (post.asks("start")) {
      start();
    }
  }

  /**
   * The story or lesson the thread will be about, which sets its network; false when unreadable.
   */
  private boolean findAbout() {
    if (notBlank(story)) {
      var found = stories.read(viewer.viewer(), story).map(v -> v.value()).orElse(null);
      if (found == null || found.isDraft()) {
        return false;
      }
      about = new About(AboutKind.STORY, found.getId());
      aboutTitle = found.getTitle();
      network = found.getNetworkId();
    } else if (notBlank(lesson)) {
      var found = lessons.read(viewer.viewer(), lesson).map(v -> v.value()).orElse(null);
      if (found == null) {
        return false;
      }
      about = new About(AboutKind.LESSON, found.id());
      aboutTitle = found.statement();
      network = found.networkId();
    }
    return true;
  }

  private void start() {
    try {
      DiscussionThread started =
          discussions.start(
              viewer.viewer(),
              new ThreadDraft(
                  network,
                  blankToNull(post.param("categoryId")),
                  about,
                  post.param("title"),
                  post.param("body"),
                  tags(post.param("tags")),
                  !post.param("identifiersConfirmed").isEmpty()));
      post.done(ThreadLinks.thread(started.id()), "started");
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
    } catch (AccessDeniedException e) {
      show(Violation.of("networkId", "thread.page.notMember"));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Starting a thread failed", e);
      post.error("thread.page.failed");
    }
  }

  /** Tags as typed, separated by commas; empty ones dropped. */
  static List<String> tags(String typed) {
    return Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private void show(Violation violation) {
    Object[] arguments = violation.arguments().toArray();
    post.error(violation.messageKey(), arguments);
    fieldErrors.merge(
        violation.field(), post.text(violation.messageKey(), arguments), (a, b) -> a + " " + b);
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static String blankToNull(String text) {
    return notBlank(text) ? text : null;
  }

  /** What was typed into a field of the refused form, to show it again. */
  public String typed(String field) {
    return post.param(field);
  }

  /**
   * The network the thread starts in: given in the address, the story's or lesson's, or the
   * member's only network. Without one the page first asks which, since the categories offered
   * depend on it and the page works without script.
   */
  public String getNetworkId() {
    if (notBlank(network)) {
      return network;
    }
    List<String> mine = getNetworks();
    return mine.size() == 1 ? mine.get(0) : "";
  }

  /** The networks the member may start a thread in. */
  public List<String> getNetworks() {
    var mine = new TreeSet<>(viewer.viewer().networks());
    mine.addAll(viewer.viewer().facilitates());
    return List.copyOf(mine);
  }

  public String networkName(String networkId) {
    return networks.network(networkId).map(Network::name).orElse(networkId);
  }

  public List<Category> getCategories() {
    String in = getNetworkId();
    return in.isBlank() ? List.of() : discussions.forum(in).categories();
  }

  public Map<String, String> getFieldErrors() {
    return fieldErrors;
  }

  public boolean isAskConfirmation() {
    return askConfirmation;
  }

  public About getAbout() {
    return about;
  }

  public String getAboutTitle() {
    return aboutTitle;
  }

  /** The address the form posts to, keeping what the page was opened with. */
  public String getAction() {
    if (about != null) {
      return "/thread/new.xhtml?"
          + (about.kind() == AboutKind.STORY ? "story=" : "lesson=")
          + ThreadLinks.query(about.recordId());
    }
    return "/thread/new.xhtml"
        + (notBlank(network) ? "?network=" + ThreadLinks.query(network) : "");
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public String getStory() {
    return story;
  }

  public void setStory(String story) {
    this.story = story;
  }

  public String getLesson() {
    return lesson;
  }

  public void setLesson(String lesson) {
    this.lesson = lesson;
  }
}
