package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.commonplace.content.entity.ImportReport;

/**
 * Imports a content folder: organisations, networks, members and invitation codes first (see {@link
 * PeopleImporter}), then the case stories of {@code stories/*.md} with the CSV files beside them,
 * the networks' shared narratives ({@code narratives/<network>/<n>.md}) and the lessons learned
 * ({@code lessons/*.md}), which may name stories and their networks' aims. A story whose id exists
 * is skipped, never overwritten, so a restart imports nothing twice and members' stories stay
 * untouched. A bad file is reported with its path and line and imports nothing; the others are
 * still imported.
 */
@ApplicationScoped
public class ContentImporter {

  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());
  static final String STORIES = "stories";

  static final String NARRATIVES = "narratives";
  static final String LESSONS = "lessons";

  @Inject StoryImport stories;
  @Inject PeopleImporter people;
  @Inject NarrativeImport narratives;
  @Inject LessonImport lessons;

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
    // narratives before lessons: a lesson names the aims of its network's narrative
    importNarratives(folder.resolve(NARRATIVES), log);
    importLessons(folder.resolve(LESSONS), log);
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

  private void importNarratives(Path folder, ImportLog log) {
    for (Path network : networkFolders(folder)) {
      String networkId = network.getFileName().toString();
      log.attempt(
          NARRATIVES + "/" + networkId + "/",
          () -> {
            switch (narratives.importNarrative(networkId, versions(network))) {
              case IMPORTED -> log.imported(NARRATIVES + "/" + networkId);
              case SKIPPED -> log.skipped(NARRATIVES + "/" + networkId);
            }
          });
    }
  }

  /** The version files of one narrative by number; a name that is no number is a problem. */
  static SortedMap<Integer, String> versions(Path network) {
    SortedMap<Integer, String> versions = new TreeMap<>();
    for (Path file : PeopleImporter.files(network, ".md")) {
      String name = file.getFileName().toString();
      String number = name.substring(0, name.length() - 3);
      if (!number.matches("[1-9][0-9]{0,5}")) {
        throw MalformedContentException.at(name, 0, "content.narrative.fileName");
      }
      versions.put(Integer.valueOf(number), PeopleImporter.read(file));
    }
    return versions;
  }

  static List<Path> networkFolders(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every lesson file is read once first, so a lesson may name another (adapted from, replaced by)
   * whatever their files' order.
   */
  private void importLessons(Path folder, ImportLog log) {
    List<Path> files = PeopleImporter.files(folder, ".md");
    Map<String, LessonImport.Known> batch = new HashMap<>();
    for (Path file : files) {
      try {
        LessonFile lesson =
            LessonFile.parse(file.getFileName().toString(), PeopleImporter.read(file));
        batch.put(lesson.id(), new LessonImport.Known(lesson.networkId(), lesson.state()));
      } catch (MalformedContentException e) {
        // reported when the file itself is imported below
      }
    }
    LessonImport.Batch lookups = new LessonImport.Batch(batch);
    for (Path file : files) {
      String name = file.getFileName().toString();
      log.attempt(
          LESSONS + "/",
          () -> {
            String id = LESSONS + "/" + name.substring(0, name.length() - 3);
            switch (lessons.importLesson(name, PeopleImporter.read(file), lookups)) {
              case IMPORTED -> log.imported(id);
              case SKIPPED -> log.skipped(id);
            }
          });
    }
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
