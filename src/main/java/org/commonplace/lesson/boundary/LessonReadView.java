package org.commonplace.lesson.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.entity.Action;
import org.commonplace.lesson.control.LessonRecords;
import org.commonplace.lesson.control.LessonService;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.LessonSummary;
import org.commonplace.lesson.entity.Outcome;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.member.entity.Network;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.Versioned;

/** Backs the lesson page and its printable page: one lesson, read realtime, with its evidence. */
@Named
@RequestScoped
public class LessonReadView {

  @Inject LessonService service;
  @Inject LessonRecords records;
  @Inject NetworkRecords networks;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject MarkdownRenderer markdown;

  private String id;
  private Versioned<Lesson> lesson;
  private Set<String> withdrawn = Set.of();
  private List<LessonSummary> adaptations;

  /** View action: visitors sign in; a lesson they may not read answers 404. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    lesson = service.read(viewer.viewer(), id).orElse(null);
    if (lesson == null) {
      page.notFound();
      return;
    }
    withdrawn = service.withdrawnStories(lesson.value());
  }

  /** After a refused change: the lesson as it is now. */
  void reload() {
    lesson = service.read(viewer.viewer(), id).orElse(lesson);
  }

  public Lesson getLesson() {
    return lesson == null ? null : lesson.value();
  }

  public long getVersion() {
    return lesson == null ? 0 : lesson.version();
  }

  public boolean isWithdrawn(String storyId) {
    return withdrawn.contains(storyId);
  }

  public String getActionHtml() {
    return lesson == null ? "" : markdown.toSafeHtml(lesson.value().action());
  }

  public String networkName(String networkId) {
    return networks.network(networkId).map(Network::name).orElse(networkId);
  }

  public String getNetworkName() {
    return lesson == null ? "" : networkName(lesson.value().networkId());
  }

  public List<LessonSummary> getAdaptations() {
    if (adaptations == null) {
      adaptations = lesson == null ? List.of() : records.adaptationsOf(lesson.id());
    }
    return adaptations;
  }

  public long count(String outcome) {
    return lesson == null
        ? 0
        : lesson.value().applications().stream()
            .filter(a -> a.outcome() == Outcome.valueOf(outcome))
            .count();
  }

  public boolean allows(String action) {
    return lesson != null
        && service.allows(viewer.viewer(), Action.valueOf(action), lesson.value());
  }

  public boolean isDueForReview() {
    return lesson != null && lesson.value().isDueForReview(service.today());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
