package org.commonplace.search.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonplace.search.control.RebuildAlreadyRunningException;
import org.commonplace.search.control.SearchIndex;
import org.commonplace.search.control.SearchIndexRebuild;

/**
 * Creates the search index and its alias when the portal starts, if they are missing; and when the
 * live index was made from an older definition (documents of an older shape), rebuilds it in the
 * background, so an upgrade needs no manual step and searches go on meanwhile.
 */
@ApplicationScoped
public class SearchIndexStartup {

  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @Inject SearchIndex index;
  @Inject SearchIndexRebuild rebuild;
  @Resource ManagedExecutorService executor;

  void onStart(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object started) {
    try {
      index.ensureExists();
      if (!index.isCurrent()) {
        LOG.info("The search index was made by an older version: rebuilding it in the background");
        executor.submit(this::rebuildQuietly);
      }
    } catch (RuntimeException e) {
      LOG.severe(
          () ->
              "The search index could not be prepared; the retrier will try again: "
                  + e.getMessage());
    }
  }

  private void rebuildQuietly() {
    try {
      rebuild.rebuild();
    } catch (RebuildAlreadyRunningException e) {
      LOG.fine("A rebuild was already running");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rebuilding the outdated search index failed", e);
    }
  }
}
