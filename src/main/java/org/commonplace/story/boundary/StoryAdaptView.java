package org.commonplace.story.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.access.boundary.CurrentViewer;
import org.commonplace.access.boundary.PageAccess;
import org.commonplace.access.control.AccessDeniedException;
import org.commonplace.platform.record.RecordStoreUnavailableException;
import org.commonplace.platform.record.Versioned;
import org.commonplace.story.control.StoryNotAdaptableException;
import org.commonplace.story.control.StoryNotFoundException;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.control.StorySpread;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;

/**
 * Backs the page "we are adapting this": the story page's button posts here; a post that succeeds
 * opens the new draft's edit page, one that is refused comes back here with the reason and the
 * network choice. Asked for without a post, the page shows the same form.
 */
@Named
@RequestScoped
public class StoryAdaptView {

  private static final Logger LOG = Logger.getLogger(StoryAdaptView.class.getName());
  static final String ADAPT = "adapt";

  @Inject StoryService service;
  @Inject StorySpread spread;
  @Inject CurrentViewer viewer;
  @Inject PageAccess page;
  @Inject FormPost post;
  @Inject FacesContext faces;

  private String id;
  private CaseStory story;
  private String networkId = "";

  /** View action: the story must be one the member may read; a post adapts it. */
  public void load() {
    if (!viewer.isSignedIn()) {
      page.requireSignIn();
      return;
    }
    story = service.read(viewer.viewer(), id).map(Versioned::value).orElse(null);
    if (story == null) {
      page.notFound();
      return;
    }
    if (post.asks(ADAPT)) {
      adapt();
    }
  }

  private void adapt() {
    networkId = post.param("networkId");
    try {
      Versioned<CaseStory> draft = spread.adapt(viewer.viewer(), story.getId(), networkId);
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/story/new.xhtml?id="
              + URLEncoder.encode(draft.id(), StandardCharsets.UTF_8));
      faces.responseComplete();
    } catch (InvalidStoryException e) {
      e.violations().forEach(v -> post.error(v.messageKey(), v.arguments().toArray()));
    } catch (StoryNotAdaptableException e) {
      post.error("spread.adapt.notPublished", e.status().name().toLowerCase(java.util.Locale.ROOT));
    } catch (AccessDeniedException e) {
      post.error("spread.adapt.denied");
    } catch (StoryNotFoundException e) {
      post.error("story.steward.gone");
    } catch (RecordStoreUnavailableException e) {
      LOG.log(Level.WARNING, "Adapting a story failed: the store is unavailable", e);
      post.error("spread.adapt.unavailable");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Adapting a story failed", e);
      post.error("spread.adapt.failed");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CaseStory getStory() {
    return story;
  }

  /** The network the member chose, kept when the post is refused. */
  public String getNetworkId() {
    return networkId;
  }
}
