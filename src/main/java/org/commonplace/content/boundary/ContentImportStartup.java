package org.commonplace.content.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.content.control.ContentImporter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the configured content folder once the indices exist, when the portal starts. Of several
 * instances started together only one should import ({@code commonplace.content.import-on-start}
 * false on the others): two importers would race for every record and report the losers as
 * problems. An empty folder setting cannot say that, since MicroProfile Config reads an empty value
 * as no value and falls back to the one the WAR carries.
 */
@ApplicationScoped
public class ContentImportStartup {

  private static final Logger LOG = Logger.getLogger(ContentImportStartup.class.getName());

  @Inject ContentImporter importer;

  @Inject
  @ConfigProperty(name = "commonplace.content.dir")
  Optional<String> folder;

  @Inject
  @ConfigProperty(name = "commonplace.content.import-on-start", defaultValue = "true")
  boolean importOnStart;

  void onStart(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object started) {
    folder
        .filter(f -> importOnStart && !f.isBlank())
        .ifPresent(
            f -> {
              try {
                importer.importFrom(Path.of(f));
              } catch (RuntimeException e) {
                LOG.severe(() -> "Importing content from " + f + " failed: " + e.getMessage());
              }
            });
  }
}
