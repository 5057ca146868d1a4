package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The text of a case story, one Markdown text per {@link Section}; an empty section is "" (never
 * null), so the JSON of a story always names every section.
 */
public record Outline(
    String problem,
    String known,
    String rationale,
    String aim,
    String context,
    String changes,
    String study,
    String measures,
    String results,
    String didNotWork,
    String limitations,
    String differently,
    String adoption) {

  public static final Outline EMPTY = of(Map.of());

  public Outline {
    problem = clean(problem);
    known = clean(known);
    rationale = clean(rationale);
    aim = clean(aim);
    context = clean(context);
    changes = clean(changes);
    study = clean(study);
    measures = clean(measures);
    results = clean(results);
    didNotWork = clean(didNotWork);
    limitations = clean(limitations);
    differently = clean(differently);
    adoption = clean(adoption);
  }

  public static Outline of(Map<Section, String> texts) {
    Function<Section, String> text = s -> texts.getOrDefault(s, "");
    return new Outline(
        text.apply(Section.PROBLEM),
        text.apply(Section.KNOWN),
        text.apply(Section.RATIONALE),
        text.apply(Section.AIM),
        text.apply(Section.CONTEXT),
        text.apply(Section.CHANGES),
        text.apply(Section.STUDY),
        text.apply(Section.MEASURES),
        text.apply(Section.RESULTS),
        text.apply(Section.DID_NOT_WORK),
        text.apply(Section.LIMITATIONS),
        text.apply(Section.DIFFERENTLY),
        text.apply(Section.ADOPTION));
  }

  public String text(Section section) {
    return switch (section) {
      case PROBLEM -> problem;
      case KNOWN -> known;
      case RATIONALE -> rationale;
      case AIM -> aim;
      case CONTEXT -> context;
      case CHANGES -> changes;
      case STUDY -> study;
      case MEASURES -> measures;
      case RESULTS -> results;
      case DID_NOT_WORK -> didNotWork;
      case LIMITATIONS -> limitations;
      case DIFFERENTLY -> differently;
      case ADOPTION -> adoption;
    };
  }

  /** The sections that say something, in outline order. */
  public List<Section> written() {
    return List.of(Section.values()).stream().filter(s -> !text(s).isEmpty()).toList();
  }

  @JsonbTransient
  public boolean isEmpty() {
    return written().isEmpty();
  }

  /** Every section's text by section, empty ones included, in outline order. */
  public Map<Section, String> texts() {
    Map<Section, String> texts = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      texts.put(section, text(section));
    }
    return texts;
  }

  /** The outline with each written section passed through {@code edit}. */
  public Outline withTexts(UnaryOperator<String> edit) {
    Map<Section, String> edited = new EnumMap<>(Section.class);
    texts().forEach((section, text) -> edited.put(section, text.isEmpty() ? "" : edit.apply(text)));
    return of(edited);
  }

  /** Blank lines around a section mean nothing; lines keep their own indentation. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replaceAll("^(?:[ \t]*\n)+", "").stripTrailing();
  }
}
