package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonplace.content.entity.ImportReport;

/**
 * Imports a content folder: organisations, networks, members and invitation codes first (see {@link
 * PeopleImporter}), then the case stories of {@code stories/*.md} with the CSV files beside them. A
 * story whose id exists is skipped, never overwritten, so a restart imports nothing twice and
 * members' stories stay untouched. A bad file is reported with its path and line and imports
 * nothing; the others are still imported.
 */
@ApplicationScoped
public class ContentImporter {

  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());
  static final String STORIES = "stories";

  @Inject StoryImport stories;
  @Inject PeopleImporter people;

  public ImportReport importFrom(Path folder) {
    ImportLog log = new ImportLog();
    people.importFrom(folder, log);
    Path storyFolder = folder.resolve(STORIES);
    for (Path file : PeopleImporter.files(storyFolder, ".md")) {
      String name = file.getFileName().toString();
      log.attempt(
          STORIES + "/",
          () -> {
            String id = name.substring(0, name.length() - 3);
            switch (stories.importStory(name, PeopleImporter.read(file), csv(storyFolder))) {
              case IMPORTED -> log.imported(id);
              case SKIPPED -> log.skipped(id);
            }
          });
    }
    ImportReport report = log.report();
    LOG.info(
        () ->
            "Imported "
                + report.imported().size()
                + " records from "
                + folder
                + ", skipped "
                + report.skipped().size()
                + " already present, "
                + report.problems().size()
                + " problems "
                + report.problems());
    return report;
  }

  /** A CSV file beside the story files, by its plain name: nothing outside the folder. */
  static java.util.function.Function<String, Optional<String>> csv(Path folder) {
    return name -> {
      Path file = folder.resolve(name).normalize();
      if (name.contains("/")
          || name.contains("\\")
          || !file.getParent().equals(folder.normalize())
          || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(PeopleImporter.read(file));
    };
  }
}
