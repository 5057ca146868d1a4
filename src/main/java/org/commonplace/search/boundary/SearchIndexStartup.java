package org.commonplace.search.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonplace.search.control.SearchIndex;

/** Creates the search index and its alias when the portal starts, if they are missing. */
@ApplicationScoped
public class SearchIndexStartup {

  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  @Inject SearchIndex index;

  void onStart(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object started) {
    try {
      index.ensureExists();
    } catch (RuntimeException e) {
      LOG.severe(
          () ->
              "The search index could not be prepared; the retrier will try again: "
                  + e.getMessage());
    }
  }
}
