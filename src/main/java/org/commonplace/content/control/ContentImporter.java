package org.commonplace.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.commonplace.content.entity.ImportReport;
import org.commonplace.story.control.StoryRecords;
import org.commonplace.story.control.StoryService;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.InvalidStoryException;

/**
 * Imports the case stories of a content folder ({@code stories/*.md}). A story whose id exists is
 * skipped, never overwritten, so a restart imports nothing twice and members' stories stay
 * untouched. A bad file is reported and skipped; the others are still imported.
 */
@ApplicationScoped
public class ContentImporter {

  private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

  @Inject StoryRecords records;
  @Inject StoryService stories;
  @Inject Clock clock;

  public ImportReport importFrom(Path folder) {
    List<String> imported = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : storyFiles(folder.resolve("stories"))) {
      try {
        StoryFile story = StoryFile.parse(file.getFileName().toString(), read(file));
        if (records.exists(story.id())) {
          skipped.add(story.id());
          continue;
        }
        CaseStory created = CaseStory.create(story.id(), story.draft(), clock.instant());
        story.created().ifPresent(created::createdAt);
        stories.store(created);
        imported.add(story.id());
      } catch (MalformedContentException | InvalidStoryException e) {
        problems.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    ImportReport report = new ImportReport(imported, skipped, problems);
    LOG.info(
        () ->
            "Imported "
                + imported.size()
                + " stories from "
                + folder
                + ", skipped "
                + skipped.size()
                + " already present, "
                + problems.size()
                + " problems "
                + problems);
    return report;
  }

  private static List<Path> storyFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MalformedContentException(
          file.getFileName() + ": cannot be read: " + e.getMessage());
    }
  }
}
