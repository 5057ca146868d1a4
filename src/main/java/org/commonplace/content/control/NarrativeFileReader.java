package org.commonplace.content.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.commonplace.narrative.entity.Aim;
import org.commonplace.story.entity.Language;

/**
 * Reads the versions of one network's narrative, {@code narratives/<network-id>/1.md} to {@code
 * n.md}: each header key by key ({@link YamlMap}), the Markdown after it as the text, then the
 * narrative's limits and the order of the versions, every problem at its file and line.
 */
final class NarrativeFileReader {

  static final List<String> KEYS =
      List.of("title", "saved-by", "saved-at", "note", "language", "aims", "endorsements");
  static final List<String> AIM_KEYS = List.of("id", "title", "description");
  static final List<String> ENDORSEMENT_KEYS = List.of("organisation", "member", "at");

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 200_000;
  static final int AIMS_MAX = 20;
  static final int AIM_TITLE_MAX = 200;
  static final int AIM_DESCRIPTION_MAX = 1_000;
  static final int NOTE_MAX = 300;

  /** Ten times the largest text allowed: beyond that it is no narrative. */
  static final int FILE_MAX_CHARS = 10 * TEXT_MAX;

  private NarrativeFileReader() {}

  /**
   * @param versions each version's file text by its number
   * @throws MalformedContentException naming each problem's file and line; nothing may be imported
   */
  static List<NarrativeFile> read(String networkId, SortedMap<Integer, String> versions) {
    List<NarrativeFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int expected = 1;
    for (Map.Entry<Integer, String> version : versions.entrySet()) {
      String file = "narratives/" + networkId + "/" + version.getKey() + ".md";
      if (version.getKey() != expected) {
        throw MalformedContentException.at(
            file, 0, "content.narrative.gap", versions.lastKey(), expected);
      }
      expected++;
      try {
        NarrativeFile read = readOne(file, networkId, version.getKey(), version.getValue());
        if (!files.isEmpty() && read.savedAt().isBefore(files.get(files.size() - 1).savedAt())) {
          problems.add(
              located(
                  read,
                  "saved-at",
                  "content.narrative.savedBefore",
                  read.savedAt(),
                  files.get(files.size() - 1).savedAt()));
        }
        files.add(read);
      } catch (MalformedContentException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new MalformedContentException(problems);
    }
    return files;
  }

  static NarrativeFile readOne(String file, String networkId, int number, String text) {
    if (text.length() > FILE_MAX_CHARS) {
      throw MalformedContentException.at(
          file, 0, "content.narrative.tooLong", "the file", text.length(), FILE_MAX_CHARS);
    }
    FrontMatter parts = FrontMatter.split(file, text);
    YamlMap h = YamlSource.parse(file, parts.yaml(), parts.yamlFirstLine()).allowOnly(KEYS);
    Map<String, Integer> lines = new HashMap<>();
    for (String key : KEYS) {
      lines.put(key, h.line(key));
    }
    lines.put("text", parts.bodyFirstLine());
    List<Aim> aims = new ArrayList<>();
    for (YamlMap aim : h.maps("aims")) {
      aim.allowOnly(AIM_KEYS);
      aims.add(
          new Aim(
              aim.id("id")
                  .orElseThrow(() -> h.problemAt(aim.line(), "content.yaml.required", "id")),
              aim.text("title").orElse(""),
              aim.text("description").orElse("")));
    }
    List<NarrativeFile.Endorsed> endorsements = new ArrayList<>();
    for (YamlMap e : h.maps("endorsements")) {
      e.allowOnly(ENDORSEMENT_KEYS);
      endorsements.add(
          new NarrativeFile.Endorsed(
              e.id("organisation").orElse(null),
              e.id("member").orElse(null),
              e.instant("at").orElse(null)));
    }
    NarrativeFile narrative =
        new NarrativeFile(
            file,
            networkId,
            number,
            h.text("title").orElse("").strip(),
            h.id("saved-by").orElse(null),
            h.instant("saved-at").orElse(null),
            h.text("note").orElse(""),
            h.choice("language", Language.class).orElse(Language.EN),
            aims,
            endorsements,
            String.join("\n", parts.body()).strip(),
            Map.copyOf(lines));
    List<String> problems = problemsOf(narrative);
    if (!problems.isEmpty()) {
      throw new MalformedContentException(problems);
    }
    return narrative;
  }

  /** The narrative's own limits, as the narrative feature enforces them on what members type. */
  static List<String> problemsOf(NarrativeFile n) {
    List<String> problems = new ArrayList<>();
    if (n.title().isEmpty()) {
      problems.add(located(n, "title", "content.yaml.required", "title"));
    }
    limit(problems, n, "title", "title", n.title(), TITLE_MAX);
    limit(problems, n, "text", "the text", n.text(), TEXT_MAX);
    limit(problems, n, "note", "note", n.note(), NOTE_MAX);
    if (n.savedBy() == null) {
      problems.add(located(n, "saved-by", "content.yaml.required", "saved-by"));
    }
    if (n.savedAt() == null) {
      problems.add(located(n, "saved-at", "content.yaml.required", "saved-at"));
    }
    if (n.aims().size() > AIMS_MAX) {
      problems.add(
          located(n, "aims", "content.narrative.tooMany", "aims", n.aims().size(), AIMS_MAX));
    }
    Set<String> aimIds = new HashSet<>();
    for (Aim aim : n.aims()) {
      if (!aimIds.add(aim.id())) {
        problems.add(located(n, "aims", "content.narrative.aimTwice", aim.id()));
      }
      if (aim.title().isBlank()) {
        problems.add(located(n, "aims", "content.yaml.required", "title"));
      }
      limit(problems, n, "aims", "the title of aim " + aim.id(), aim.title(), AIM_TITLE_MAX);
      limit(
          problems,
          n,
          "aims",
          "the description of aim " + aim.id(),
          aim.description(),
          AIM_DESCRIPTION_MAX);
    }
    Set<String> organisations = new HashSet<>();
    for (NarrativeFile.Endorsed e : n.endorsements()) {
      if (e.organisation() == null || e.member() == null || e.at() == null) {
        problems.add(
            located(n, "endorsements", "content.yaml.required", "organisation, member and at"));
        continue;
      }
      if (!organisations.add(e.organisation())) {
        problems.add(
            located(n, "endorsements", "content.narrative.endorsedTwice", e.organisation()));
      }
      if (n.savedAt() != null && e.at().isBefore(n.savedAt())) {
        problems.add(
            located(n, "endorsements", "content.narrative.endorsedBefore", e.at(), n.savedAt()));
      }
    }
    return problems;
  }

  private static void limit(
      List<String> problems, NarrativeFile n, String key, String what, String value, int max) {
    if (value.length() > max) {
      problems.add(located(n, key, "content.narrative.tooLong", what, value.length(), max));
    }
  }

  static String located(NarrativeFile n, String key, String messageKey, Object... arguments) {
    return MalformedContentException.located(
        n.file(), n.line(key), MalformedContentException.text(messageKey, arguments));
  }

  /** The time of the first version, which the narrative keeps as when it was created. */
  static Instant created(List<NarrativeFile> versions) {
    return versions.get(0).savedAt();
  }
}
