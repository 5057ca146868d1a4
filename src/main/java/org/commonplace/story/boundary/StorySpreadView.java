package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.TreeSet;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.member.control.NetworkRecords;
import org.commonplace.platform.aim.NetworkAims.NamedAim;
import org.commonplace.story.control.SpreadDiagram;
import org.commonplace.story.control.StoryAims;
import org.commonplace.story.control.StorySpread;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Lineage;
import org.commonplace.story.entity.StoryStatus;

/**
 * The part of the story page about how the story spread: the shared aims it advances, where it came
 * from and where it went (a list, and a drawing of the same), and "we are adapting this" for
 * members who write stories somewhere. It works on the story {@link StoryReadView} read.
 */
@Named
@RequestScoped
public class StorySpreadView {

  @Inject StoryReadView page;
  @Inject StorySpread spread;
  @Inject StoryAims aims;
  @Inject CurrentViewer viewer;
  @Inject NetworkRecords networks;
  @Inject FacesContext faces;

  private Lineage lineage;

  /** The lineage, traced once per request; null when there is no story to show. */
  public Lineage getLineage() {
    CaseStory story = page.getStory();
    if (lineage == null && story != null) {
      lineage = spread.lineage(viewer.viewer(), story);
    }
    return lineage;
  }

  /** The drawing, or "" when the story neither came from nor spread to a story shown. */
  public String getDiagram() {
    Lineage traced = getLineage();
    return traced == null ? "" : SpreadDiagram.svg(traced, faces.getViewRoot().getLocale());
  }

  /**
   * The aims the story says it advances, titled as the narrative names them now; an aim the
   * narrative no longer names keeps its id as its title.
   */
  public List<NamedAim> getAims() {
    CaseStory story = page.getStory();
    if (story == null || story.getAimIds().isEmpty()) {
      return List.of();
    }
    List<NamedAim> named = aims.of(story.getNetworkId());
    return story.getAimIds().stream()
        .map(
            id ->
                named.stream()
                    .filter(aim -> aim.id().equals(id))
                    .findFirst()
                    .orElse(new NamedAim(id, id)))
        .toList();
  }

  /** A published story may be adapted by whoever writes stories in some network. */
  public boolean isMayAdapt() {
    CaseStory story = page.getStory();
    return story != null
        && story.getStatus() == StoryStatus.PUBLISHED
        && !getAdaptNetworks().isEmpty();
  }

  /** The networks the member writes stories in, by name. */
  public List<SelectItem> getAdaptNetworks() {
    TreeSet<String> mine = new TreeSet<>(viewer.viewer().networks());
    mine.addAll(viewer.viewer().facilitates());
    return mine.stream()
        .flatMap(id -> networks.network(id).stream())
        .map(n -> new SelectItem(n.id(), n.name()))
        .toList();
  }
}
