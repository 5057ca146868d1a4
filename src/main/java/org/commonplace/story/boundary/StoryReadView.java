package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessPolicy;
import org.commonplace.access.entity.Action;
import org.commonplace.access.entity.Scope;
import org.commonplace.platform.markdown.MarkdownRenderer;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.MeasureCharts;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.MeasureChart;

/** Backs the page that shows one story, read realtime so its author sees it right after saving. */
@Named
@RequestScoped
public class StoryReadView {

  @Inject StoryService service;
  @Inject AccessPolicy policy;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject MarkdownRenderer markdown;

  private String id;
  private boolean published;
  private CaseStory story;
  private List<MeasureChart> charts;
  private Scope scope;
  private final Map<Action, Boolean> decisions = new EnumMap<>(Action.class);

  /**
   * View action: visitors are asked to sign in; a story that does not exist or that the member may
   * not read answers 404 with the not-found page, never an error trace.
   */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    story = service.read(viewer.viewer(), id).map(Versioned::value).orElse(null);
    if (story == null) {
      page.notFound();
    }
  }

  /**
   * Whether the viewer sees the way to edit: the author of a draft, the author and co-authors of a
   * published story, as the access policy decides.
   */
  public boolean isEditable() {
    return allows(Action.EDIT_STORY);
  }

  /**
   * Whether the viewer may do this to the story shown, each asked once per request (a page asks
   * while it renders, several times) on one scope, since building a scope reads the network.
   */
  public boolean allows(Action action) {
    if (story == null) {
      return false;
    }
    if (scope == null) {
      scope = service.scopeOf(story);
    }
    return decisions.computeIfAbsent(action, a -> policy.allows(viewer.viewer(), a, scope));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }

  public CaseStory getStory() {
    return story;
  }

  /** The old one-text body, shown as the story's text while the outline is empty. */
  public String getBodyHtml() {
    return story == null || !story.isToldAsOneText() ? "" : markdown.toSafeHtml(story.getBody());
  }

  /**
   * The written sections in outline order, and "what did not work" always: a reader should see when
   * a story does not say.
   */
  public List<ShownSection> getSections() {
    return story == null ? List.of() : ShownSections.of(story, markdown);
  }

  /**
   * Each measure's run chart, in the story's order of measures, drawn once per request in the
   * reader's language.
   */
  public List<MeasureChart> getCharts() {
    if (charts == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      charts =
          story == null
              ? List.of()
              : story.getMeasures().stream()
                  .map(m -> MeasureCharts.chart(m, story.getCycles(), locale))
                  .toList();
    }
    return charts;
  }

  /** A measure's value as people write it: 23, 4.5. */
  public String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Themes as message keys ({@code theme.<name>}), in the story's order. */
  public List<String> getThemeKeys() {
    return story == null
        ? List.of()
        : story.getThemes().stream().map(t -> "theme." + t.name()).toList();
  }

  /** Each involved organisation's contribution as sanitised HTML, by position. */
  public List<String> getContributionsHtml() {
    return story == null
        ? List.of()
        : story.getOrganisations().stream()
            .map(o -> markdown.toSafeHtml(o.contribution()))
            .toList();
  }
}
