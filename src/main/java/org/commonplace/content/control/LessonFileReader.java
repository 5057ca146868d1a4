package org.commonplace.content.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.LessonState;
import org.commonplace.lesson.entity.Outcome;
import org.commonplace.member.entity.StakeholderRole;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.Theme;

/**
 * Reads one lesson file: the header key by key ({@link YamlMap}), the Markdown after it as what to
 * do, then the lesson's own rules ({@link LessonFileRules}), every broken rule reported at its
 * line.
 */
final class LessonFileReader {

  /** The header's keys in the order the canonical format writes them. */
  static final List<String> KEYS =
      List.of(
          "statement",
          "network",
          "language",
          "state",
          "proposed-by",
          "proposed-at",
          "conditions",
          "basis",
          "themes",
          "roles",
          "aims",
          "adapted-from",
          "validated-by",
          "validated-at",
          "validation-note",
          "evidence",
          "review-by",
          "retired-by",
          "retired-at",
          "retired-reason",
          "replaced-by",
          "applications");

  static final List<String> CONDITION_KEYS = List.of("setting", "population", "scale");
  static final List<String> BASIS_KEYS = List.of("story", "cycle", "thread");
  static final List<String> APPLICATION_KEYS =
      List.of(
          "member", "organisation", "applied-on", "adapted", "outcome", "result", "recorded-at");

  /** A lesson is a few hundred words; a file much larger than the largest lesson is a mistake. */
  static final int FILE_MAX_BYTES = 512 * 1024;

  private final String file;
  private final Map<String, Integer> lines = new HashMap<>();

  LessonFileReader(String file) {
    this.file = file;
  }

  LessonFile read(String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > FILE_MAX_BYTES) {
      throw MalformedContentException.at(
          file, 0, "content.lesson.tooLarge", (bytes + 1023) / 1024, FILE_MAX_BYTES / 1024);
    }
    String id =
        StoryFile.idOf(baseName(file))
            .orElseThrow(() -> MalformedContentException.at(file, 0, "content.lesson.fileName"));
    FrontMatter parts = FrontMatter.split(file, text);
    YamlMap h = YamlSource.parse(file, parts.yaml(), parts.yamlFirstLine()).allowOnly(KEYS);
    for (String key : KEYS) {
      lines.put(key, h.line(key));
    }
    String statement = h.text("statement").orElse("");
    String network = h.id("network").orElse(null);
    Language language = h.choice("language", Language.class).orElse(Language.EN);
    LessonState state = h.choice("state", LessonState.class).orElse(LessonState.PROPOSED);
    String proposedBy = h.id("proposed-by").orElse(null);
    Instant proposedAt = h.instant("proposed-at").orElse(null);
    Conditions conditions =
        h.map("conditions")
            .map(c -> c.allowOnly(CONDITION_KEYS))
            .map(
                c ->
                    new Conditions(
                        c.text("setting").orElse(""),
                        c.text("population").orElse(""),
                        c.text("scale").orElse("")))
            .orElse(Conditions.NONE);
    List<LessonFile.Link> basis = new ArrayList<>();
    for (YamlMap link : h.maps("basis")) {
      link.allowOnly(BASIS_KEYS);
      Optional<String> thread = link.id("thread");
      if (thread.isPresent()) {
        if (link.text("story").isPresent() || link.text("cycle").isPresent()) {
          throw h.problemAt(link.line(), "content.thread.lessonBasis");
        }
        basis.add(LessonFile.Link.thread(thread.get()));
        continue;
      }
      String story =
          link.id("story")
              .orElseThrow(() -> h.problemAt(link.line(), "content.yaml.required", "story"));
      Integer cycle = link.wholeNumber("cycle").orElse(null);
      basis.add(new LessonFile.Link(story, cycle));
    }
    List<Theme> themes = themes(h);
    List<StakeholderRole> roles = new ArrayList<>();
    for (String role : h.texts("roles")) {
      roles.add(h.choice("roles", role, StakeholderRole.class, h.line("roles")));
    }
    List<String> aims =
        h.texts("aims").stream().map(a -> h.checkedId("aims", a, h.line("aims"))).toList();
    String adaptedFrom = h.id("adapted-from").orElse(null);
    String validatedBy = h.id("validated-by").orElse(null);
    Instant validatedAt = h.instant("validated-at").orElse(null);
    String validationNote = h.text("validation-note").orElse(null);
    EvidenceLevel evidence = h.choice("evidence", EvidenceLevel.class).orElse(null);
    Optional<LocalDate> reviewBy = h.date("review-by");
    String retiredBy = h.id("retired-by").orElse(null);
    Instant retiredAt = h.instant("retired-at").orElse(null);
    String retiredReason = h.text("retired-reason").orElse(null);
    String replacedBy = h.id("replaced-by").orElse(null);
    List<LessonFile.Applied> applications = new ArrayList<>();
    List<YamlMap> applied = h.maps("applications");
    for (int i = 0; i < applied.size(); i++) {
      YamlMap a = applied.get(i).allowOnly(APPLICATION_KEYS);
      LocalDate on =
          a.date("applied-on")
              .orElseThrow(() -> h.problemAt(a.line(), "content.yaml.required", "applied-on"));
      applications.add(
          new LessonFile.Applied(
              a.id("member").orElse(null),
              a.id("organisation").orElse(null),
              on,
              a.text("adapted").orElse(""),
              a.choice("outcome", Outcome.class).orElse(null),
              a.text("result").orElse(""),
              a.instant("recorded-at").orElse(recordedByDefault(on))));
      lines.put("applications[" + i + "]", a.line());
    }
    String action = String.join("\n", parts.body()).strip();
    lines.put("action", parts.bodyFirstLine());
    LessonFile lesson =
        new LessonFile(
            id,
            statement.strip(),
            network,
            language,
            state,
            proposedBy,
            proposedAt,
            conditions,
            basis,
            themes,
            roles,
            aims,
            adaptedFrom,
            validatedBy,
            validatedAt,
            validationNote,
            evidence,
            reviewBy.orElse(validatedAt == null ? null : reviewByDefault(validatedAt)),
            retiredBy,
            retiredAt,
            retiredReason,
            replacedBy,
            applications,
            action,
            Map.copyOf(lines));
    List<LessonFileRules.Problem> problems = LessonFileRules.problemsOf(lesson);
    if (!problems.isEmpty()) {
      throw new MalformedContentException(
          problems.stream()
              .map(
                  p ->
                      MalformedContentException.located(
                          file,
                          lesson.line(p.key()),
                          MalformedContentException.text(p.messageKey(), p.arguments())))
              .toList());
    }
    return lesson;
  }

  /** A lesson is due for review a year after it was validated (the date in UTC). */
  static LocalDate reviewByDefault(Instant validatedAt) {
    return validatedAt.atZone(ZoneOffset.UTC).toLocalDate().plusYears(1);
  }

  /** When the file does not say when an application was recorded: the day it was applied. */
  static Instant recordedByDefault(LocalDate appliedOn) {
    return appliedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private List<Theme> themes(YamlMap h) {
    List<Theme> themes = new ArrayList<>();
    for (String label : h.texts("themes")) {
      themes.add(
          Theme.ofLabel(label.strip().toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      h.problemAt(
                          h.line("themes"),
                          "content.yaml.choice",
                          "themes",
                          label,
                          String.join(
                              ", ", Arrays.stream(Theme.values()).map(Theme::label).toList()))));
    }
    return themes;
  }

  /** {@code lessons/falls.md} and {@code falls.md} both name the lesson {@code falls}. */
  static String baseName(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(slash + 1);
  }
}
