package org.commonplace.content.control;

import java.util.function.Function;
import org.commonplace.lesson.entity.Application;
import org.commonplace.lesson.entity.Basis;
import org.commonplace.lesson.entity.BasisKind;
import org.commonplace.lesson.entity.Conditions;
import org.commonplace.lesson.entity.Lesson;
import org.commonplace.lesson.entity.Transition;
import org.commonplace.lesson.entity.TransitionKind;
import org.commonplace.story.entity.Theme;

/**
 * Writes a lesson as its canonical content file: keys in the format's order, keys with nothing to
 * say left out, {@code recorded-at} left out when it is the day applied, what to do after the
 * header; LF line ends and one newline at the end. Reading what it writes and writing that again
 * gives the same bytes. Transitions other than proposing, validating and retiring (edits, reviews)
 * are not part of the format: a review shows only as the review-by date it moved.
 */
public final class LessonFileWriter {

  private LessonFileWriter() {}

  public static String write(Lesson lesson) {
    YamlLines out = new YamlLines().line("---");
    out.key("statement", lesson.statement());
    out.key("network", lesson.networkId());
    out.plain("language", YamlMap.spelling(lesson.language()));
    out.plain("state", YamlMap.spelling(lesson.state()));
    out.key("proposed-by", lesson.proposedBy());
    out.plain("proposed-at", lesson.proposedAt());
    conditions(out, lesson.conditions());
    if (!lesson.basis().isEmpty()) {
      out.line("basis:");
      for (Basis basis : lesson.basis()) {
        if (basis.kind() == BasisKind.STORY || basis.kind() == BasisKind.CYCLE) {
          out.line(
              "  - {story: "
                  + YamlText.scalar(basis.recordId(), true)
                  + (basis.kind() == BasisKind.CYCLE ? ", cycle: " + basis.cycle() : "")
                  + "}");
        } else if (basis.kind() == BasisKind.THREAD) {
          out.line("  - {thread: " + YamlText.scalar(basis.recordId(), true) + "}");
        }
      }
    }
    out.list("themes", lesson.themes(), Theme::label);
    out.list("roles", lesson.roles(), YamlLines::words);
    out.list("aims", lesson.aimIds(), Function.identity());
    out.optional("adapted-from", lesson.adaptedFrom());
    out.optional("validated-by", lesson.validatedBy());
    out.plain("validated-at", lesson.validatedAt());
    out.text("validation-note", lesson.validationNote(), "  ");
    if (lesson.evidenceLevel() != null) {
      out.plain("evidence", YamlMap.spelling(lesson.evidenceLevel()));
    }
    out.plain("review-by", lesson.reviewBy());
    lesson.transitions().stream()
        .filter(t -> t.kind() == TransitionKind.RETIRED)
        .reduce((first, second) -> second)
        .ifPresent(
            (Transition retired) -> {
              out.key("retired-by", retired.by());
              out.plain("retired-at", retired.at());
            });
    out.text("retired-reason", lesson.retiredReason(), "  ");
    out.optional("replaced-by", lesson.replacedBy());
    if (!lesson.applications().isEmpty()) {
      out.line("applications:");
      for (Application a : lesson.applications()) {
        out.key("  - member", a.memberId());
        out.key("    organisation", a.organisationId());
        out.plain("    applied-on", a.appliedOn());
        out.text("    adapted", a.adapted(), "      ");
        out.plain("    outcome", YamlLines.words(a.outcome()));
        out.text("    result", a.result(), "      ");
        if (!a.recordedAt().equals(LessonFileReader.recordedByDefault(a.appliedOn()))) {
          out.plain("    recorded-at", a.recordedAt());
        }
      }
    }
    out.line("---");
    String action = lesson.action().strip();
    return out.text() + (action.isEmpty() ? "" : "\n" + action + "\n");
  }

  private static void conditions(YamlLines out, Conditions conditions) {
    if (conditions.equals(Conditions.NONE)) {
      return;
    }
    out.line("conditions:");
    out.text("  setting", conditions.setting(), "    ");
    out.text("  population", conditions.population(), "    ");
    out.text("  scale", conditions.scale(), "    ");
  }
}
