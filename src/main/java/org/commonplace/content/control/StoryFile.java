package org.commonplace.content.control;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.commonplace.platform.id.Ids;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.StoryStatus;

/**
 * One case story as a content file: {@code <id>.md} with a YAML header and the outline under fixed
 * {@code ## } headings, measures' values inline or in CSV files beside it (the format is
 * content/README.md's). The id is the file name, so importing the same file again finds the story
 * already there.
 *
 * @param created when the story was first told; the import time when the file does not say
 * @param updated when it last changed; {@code created} when the file does not say
 */
public record StoryFile(
    String id,
    StoryDraft draft,
    StoryStatus status,
    Optional<Instant> created,
    Optional<Instant> updated) {

  /**
   * Reads a file whose measures give their values inline (a CSV named in it is reported missing).
   *
   * @throws MalformedContentException naming the file, the line and what to change for every
   *     problem found
   */
  public static StoryFile parse(String fileName, String text) {
    return parse(fileName, text, name -> Optional.empty());
  }

  /**
   * @param csvFiles the text of a CSV file beside the story file, by file name
   * @throws MalformedContentException naming the file, the line and what to change for every
   *     problem found; nothing of the file may be imported then
   */
  public static StoryFile parse(
      String fileName, String text, Function<String, Optional<String>> csvFiles) {
    return new StoryFileReader(fileName, csvFiles).read(text);
  }

  /**
   * The story the file tells, with its own times (the import time when it gives none).
   *
   * @throws org.commonplace.story.entity.InvalidStoryException when the draft breaks a rule
   */
  public CaseStory toStory(Instant importedAt) {
    Instant when = created.orElse(importedAt);
    return CaseStory.create(id, draft, when, status).createdAt(when, updated.orElse(when));
  }

  /** The id a file name gives, if it gives one. */
  public static Optional<String> idOf(String fileName) {
    String id = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : "";
    return Ids.isWellFormed(id) ? Optional.of(id) : Optional.empty();
  }

  /** The file name of a measure's CSV beside its story's file. */
  public static String csvName(String storyId, String measureId) {
    return storyId + "." + measureId + ".csv";
  }
}
