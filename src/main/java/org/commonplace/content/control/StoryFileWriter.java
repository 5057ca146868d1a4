package org.commonplace.content.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonplace.story.entity.CaseStory;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.InvolvedOrganisation;
import org.commonplace.story.entity.MarkdownLines;
import org.commonplace.story.entity.Measure;
import org.commonplace.story.entity.MeasurePoint;
import org.commonplace.story.entity.PdsaCycle;
import org.commonplace.story.entity.ProgressScore;
import org.commonplace.story.entity.Section;
import org.commonplace.story.entity.Theme;

/**
 * Writes a story as its canonical content file: keys in the format's order, absent optional keys
 * left out, values inline as {@code [date, value]} pairs, sections in outline order with one blank
 * line between them, LF line ends, one newline at the end. Reading what it writes gives the same
 * story, and writing that again gives the same bytes.
 */
public final class StoryFileWriter {

  private static final Pattern ATX = Pattern.compile("^(#{1,6})(?=\\s|$)");

  private StoryFileWriter() {}

  public static String write(CaseStory story) {
    Yaml out = new Yaml();
    out.line("---");
    out.key("title", story.getTitle());
    out.optional("summary", story.getSummary());
    out.key("author", story.getAuthor());
    out.key("author-id", story.getAuthorId());
    out.list("co-authors", story.getCoAuthors(), Function.identity());
    out.optional("organisation", story.getOrganisation());
    out.key("network", story.getNetworkId());
    out.plain("status", YamlMap.spelling(story.getStatus()));
    out.plain("created", story.getCreated().toString());
    if (!story.getUpdated().equals(story.getCreated())) {
      out.plain("updated", story.getUpdated().toString());
    }
    out.plain("language", YamlMap.spelling(story.getLanguage()));
    if (story.getStage() != null) {
      out.plain("stage", YamlMap.spelling(story.getStage()));
    }
    progress(out, story.getProgress());
    evidence(out, story.getEvidence());
    organisations(out, story.getOrganisations());
    out.list("themes", story.getThemes(), Theme::label);
    out.list("tags", story.getTags(), Function.identity());
    if (story.getAdaptedFrom() != null) {
      out.key("adapted-from", story.getAdaptedFrom());
    }
    out.list("aims", story.getAimIds(), Function.identity());
    measures(out, story.getMeasures());
    cycles(out, story.getCycles());
    out.line("---");
    return out.text() + sections(story);
  }

  private static void progress(Yaml out, List<ProgressScore> scores) {
    if (scores.isEmpty()) {
      return;
    }
    out.line("progress:");
    for (ProgressScore score : scores) {
      String value = BigDecimal.valueOf(score.score()).setScale(1).toPlainString();
      out.line("  - {date: " + score.date() + ", score: " + value + "}");
    }
  }

  private static void evidence(Yaml out, Evidence evidence) {
    if (evidence == null || evidence.level() == null) {
      return;
    }
    out.line("evidence:");
    out.plain("  level", YamlMap.spelling(evidence.level()));
    if (evidence.confirmedBy() != null) {
      out.key("  confirmed-by", evidence.confirmedBy());
    }
    if (evidence.confirmedAt() != null) {
      out.plain("  confirmed-at", evidence.confirmedAt().toString());
    }
  }

  private static void organisations(Yaml out, List<InvolvedOrganisation> organisations) {
    if (organisations.isEmpty()) {
      return;
    }
    out.line("organisations:");
    for (InvolvedOrganisation involved : organisations) {
      out.key("  - name", involved.name());
      out.text("    contribution", involved.contribution(), "      ");
    }
  }

  private static void measures(Yaml out, List<Measure> measures) {
    if (measures.isEmpty()) {
      return;
    }
    out.line("measures:");
    for (Measure measure : measures) {
      out.key("  - id", measure.id());
      out.key("    name", measure.name());
      out.plain("    type", YamlMap.spelling(measure.type()));
      out.optional("    unit", measure.unit());
      out.plain("    improvement", YamlMap.spelling(measure.improvement()));
      if (measure.baseline() != null) {
        out.plain("    baseline", measure.baseline().toString());
      }
      if (!measure.values().isEmpty()) {
        out.line("    values:");
        for (MeasurePoint point : measure.values()) {
          out.line("      - [" + point.date() + ", " + YamlText.number(point.value()) + "]");
        }
      }
    }
  }

  private static void cycles(Yaml out, List<PdsaCycle> cycles) {
    if (cycles.isEmpty()) {
      return;
    }
    out.line("cycles:");
    for (PdsaCycle cycle : cycles) {
      out.key("  - change", cycle.change());
      out.text("    prediction", cycle.prediction(), "      ");
      if (cycle.plannedStart() != null) {
        out.plain("    planned-start", cycle.plannedStart().toString());
      }
      if (cycle.plannedEnd() != null) {
        out.plain("    planned-end", cycle.plannedEnd().toString());
      }
      out.text("    did", cycle.did(), "      ");
      out.text("    study", cycle.study(), "      ");
      if (cycle.act() != null) {
        out.plain("    act", YamlMap.spelling(cycle.act()));
      }
      out.list("    measures", cycle.measures(), Function.identity());
    }
  }

  private static String sections(CaseStory story) {
    StringBuilder text = new StringBuilder();
    for (Section section : Section.values()) {
      String body = story.getOutline().text(section);
      if (section == Section.CONTEXT && !story.getBody().isBlank()) {
        String old = oneTextAsSection(story.getBody());
        body = body.isEmpty() ? old : body + "\n\n" + old;
      }
      if (!body.isEmpty()) {
        text.append("\n## ").append(section.heading()).append("\n\n").append(body).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * A story told as one text, made to fit inside a section: its headings move down so none starts a
   * section ({@code #} and {@code ##} become {@code ###}), and a code block left open is closed.
   */
  static String oneTextAsSection(String body) {
    StringBuilder text = new StringBuilder();
    MarkdownLines.Fences fences = new MarkdownLines.Fences();
    for (String line : body.replace("\r\n", "\n").strip().split("\n", -1)) {
      boolean code = fences.inCode(line);
      Matcher heading = ATX.matcher(line);
      if (!code && heading.find()) {
        int level = Math.min(6, Math.max(3, heading.group(1).length() + 1));
        line = "#".repeat(level) + line.substring(heading.group(1).length());
      }
      text.append(line).append('\n');
    }
    String result = text.toString().stripTrailing();
    return MarkdownLines.hasOpenFence(result) ? result + "\n```" : result;
  }

  /** The header as it is written, line by line. */
  private static final class Yaml {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line).append('\n');
    }

    void key(String key, String value) {
      line(key + ": " + YamlText.scalar(Objects.requireNonNullElse(value, ""), false));
    }

    void optional(String key, String value) {
      if (value != null && !value.isEmpty()) {
        key(key, value);
      }
    }

    void plain(String key, String value) {
      line(key + ": " + value);
    }

    void text(String key, String value, String indent) {
      if (value != null && !value.isEmpty()) {
        line(key + ": " + YamlText.block(value, indent));
      }
    }

    <T> void list(String key, List<T> items, Function<T, String> spelling) {
      if (!items.isEmpty()) {
        line(
            key
                + ": ["
                + String.join(
                    ", ",
                    items.stream().map(i -> YamlText.scalar(spelling.apply(i), true)).toList())
                + "]");
      }
    }

    String text() {
      return text.toString();
    }
  }
}
