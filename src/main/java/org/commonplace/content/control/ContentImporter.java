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
  static final String THREADS = "threads";

  @Inject StoryImport stories;
  @Inject PeopleImporter people;
  @Inject NarrativeImport narratives;
  @Inject LessonImport lessons;
  @Inject ThreadImport threads;

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
    Map<String, LessonImport.Known> lessonFiles = lessonFiles(folder.resolve(LESSONS));
    // threads before lessons: a lesson may be based on a thread, and a thread about a lesson
    // finds it among the folder's lesson files
    importThreads(folder.resolve(THREADS), new ThreadImport.Batch(lessonFiles), log);
    importLessons(folder.resolve(LESSONS), new LessonImport.Batch(lessonFiles), log);
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
   * whatever their files' order, and a thread may be about a lesson of the same folder.
   */
  static Map<String, LessonImport.Known> lessonFiles(Path folder) {
    Map<String, LessonImport.Known> batch = new HashMap<>();
    for (Path file : PeopleImporter.files(folder, ".md")) {
      try {
        LessonFile lesson =
            LessonFile.parse(file.getFileName().toString(), PeopleImporter.read(file));
        batch.put(lesson.id(), new LessonImport.Known(lesson.networkId(), lesson.state()));
      } catch (MalformedContentException e) {
        // reported when the file itself is imported
      }
    }
    return batch;
  }

  private void importLessons(Path folder, LessonImport.Batch lookups, ImportLog log) {
    for (Path file : PeopleImporter.files(folder, ".md")) {
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

  /**
   * Each network folder's forum settings, then its threads. A thread's id is its file name, so two
   * networks' folders cannot both hold one: the second is reported, not silently skipped.
   */
  private void importThreads(Path folder, ThreadImport.Batch batch, ImportLog log) {
    Map<String, String> seen = new HashMap<>();
    for (Path network : networkFolders(folder)) {
      String networkId = network.getFileName().toString();
      String where = THREADS + "/" + networkId + "/";
      Path forum = network.resolve(ForumFile.NAME);
      if (Files.isRegularFile(forum)) {
        log.attempt(
            where,
            () -> {
              switch (threads.importForum(networkId, PeopleImporter.read(forum), batch)) {
                case IMPORTED -> log.imported(where + ForumFile.NAME);
                case SKIPPED -> log.skipped(where + ForumFile.NAME);
              }
            });
      }
      for (Path file : PeopleImporter.files(network, ".md")) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 3);
        log.attempt(
            where,
            () -> {
              String first = seen.putIfAbsent(id, networkId);
              if (first != null) {
                throw MalformedContentException.at(name, 0, "content.thread.idTaken", id, first);
              }
              switch (threads.importThread(networkId, name, PeopleImporter.read(file), batch)) {
                case IMPORTED -> log.imported(THREADS + "/" + id);
                case SKIPPED -> log.skipped(THREADS + "/" + id);
              }
            });
      }
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
