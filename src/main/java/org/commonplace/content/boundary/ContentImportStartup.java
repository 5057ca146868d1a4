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

/** Imports the configured content folder once the indices exist, when the portal starts. */
@ApplicationScoped
public class ContentImportStartup {

  private static final Logger LOG = Logger.getLogger(ContentImportStartup.class.getName());

  @Inject ContentImporter importer;

  @Inject
  @ConfigProperty(name = "commonplace.content.dir")
  Optional<String> folder;

  void onStart(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object started) {
    folder
        .filter(f -> !f.isBlank())
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
