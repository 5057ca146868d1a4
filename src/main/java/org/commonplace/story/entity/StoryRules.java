package org.commonplace.story.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonplace.platform.id.Ids;
import org.commonplace.platform.validation.Violation;

/**
 * The rules a case story must satisfy. They live with the entity, not in a page or resource, so the
 * form, the API and the content import all enforce the same limits. Each broken rule is a {@link
 * Violation} naming the field (a path such as {@code measures[1].values[3]} for nested parts) and a
 * message-bundle key that tells the person what to change. The rules of the parts are in {@link
 * StoryPartRules}, {@link MeasureRules} and {@link CycleRules}.
 */
public final class StoryRules {

  public static final int TITLE_MAX_CHARS = 200;
  public static final int SUMMARY_MAX_CHARS = 600;

  /**
   * 200 kB of UTF-8 for all the story's text together (outline, PDSA notes, contributions, or the
   * old one-text body): a long SQUIRE report fits, a pasted data dump does not.
   */
  public static final int BODY_MAX_BYTES = 200 * 1024;

  public static final int NAME_MAX_CHARS = 200;
  public static final int TAGS_MAX = 12;
  public static final int TAG_MAX_CHARS = 40;

  /** A narrative has at most 20 aims, so a story advances at most as many. */
  public static final int AIMS_MAX = 20;

  private StoryRules() {}

  /**
   * @throws InvalidStoryException listing every broken rule, not just the first
   */
  public static void check(StoryDraft draft) {
    List<Violation> violations = violationsOf(draft);
    if (!violations.isEmpty()) {
      throw new InvalidStoryException(violations);
    }
  }

  public static List<Violation> violationsOf(StoryDraft draft) {
    List<Violation> found = new ArrayList<>();
    String title = blankToEmpty(draft.getTitle()).strip();
    if (title.isEmpty()) {
      found.add(Violation.of("title", "story.title.required"));
    } else if (title.length() > TITLE_MAX_CHARS) {
      found.add(Violation.of("title", "story.title.tooLong", TITLE_MAX_CHARS, title.length()));
    }
    if (blankToEmpty(draft.getSummary()).strip().length() > SUMMARY_MAX_CHARS) {
      found.add(Violation.of("summary", "story.summary.tooLong", SUMMARY_MAX_CHARS));
    }
    checkOutline(found, draft.getOutline());
    checkTextSize(found, draft);
    if (blankToEmpty(draft.getAuthor()).isBlank()) {
      found.add(Violation.of("author", "story.author.required"));
    }
    checkName(found, "author", draft.getAuthor());
    checkName(found, "organisation", draft.getOrganisation());
    checkName(found, "network", draft.getNetwork());
    if (blankToEmpty(draft.getNetworkId()).isBlank()) {
      found.add(Violation.of("networkId", "story.network.required"));
    }
    checkTags(found, draft.getTags());
    checkAims(found, draft);
    StoryPartRules.check(found, draft);
    MeasureRules.check(found, draft.getMeasures());
    CycleRules.check(found, draft.getCycles(), draft.getMeasures());
    return found;
  }

  private static void checkOutline(List<Violation> found, Map<String, String> outline) {
    String known = Stream.of(Section.values()).map(Section::key).collect(Collectors.joining(", "));
    outline.forEach(
        (key, text) -> {
          if (Section.ofKey(key).isEmpty()) {
            found.add(Violation.of("outline." + key, "story.outline.unknown", key, known));
          } else {
            MarkdownLines.firstSectionHeading(blankToEmpty(text))
                .ifPresent(
                    line ->
                        found.add(Violation.of("outline." + key, "story.outline.heading", line)));
            if (MarkdownLines.hasOpenFence(blankToEmpty(text))) {
              found.add(Violation.of("outline." + key, "story.outline.openFence"));
            }
          }
        });
  }

  /** Reported on the largest text, so the person knows where to cut. */
  private static void checkTextSize(List<Violation> found, StoryDraft draft) {
    Map<String, Integer> bytes = new java.util.LinkedHashMap<>();
    bytes.put("body", bytes(draft.getBody()));
    draft
        .getOutline()
        .forEach((key, text) -> bytes.merge("outline." + key, bytes(text), Integer::sum));
    int total = bytes.values().stream().mapToInt(Integer::intValue).sum();
    for (PdsaCycle cycle : nonNull(draft.getCycles())) {
      total += bytes(cycle.change()) + bytes(cycle.prediction()) + bytes(cycle.did());
      total += bytes(cycle.study());
    }
    for (InvolvedOrganisation involved : nonNull(draft.getOrganisations())) {
      total += bytes(involved.contribution());
    }
    if (total > BODY_MAX_BYTES) {
      String largest =
          bytes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      found.add(
          Violation.of(
              largest, "story.body.tooLarge", BODY_MAX_BYTES / 1024, (total + 1023) / 1024));
    }
  }

  private static int bytes(String text) {
    return blankToEmpty(text).getBytes(StandardCharsets.UTF_8).length;
  }

  private static void checkName(List<Violation> found, String field, String value) {
    if (blankToEmpty(value).strip().length() > NAME_MAX_CHARS) {
      found.add(Violation.of(field, "story.name.tooLong", NAME_MAX_CHARS));
    }
  }

  private static void checkTags(List<Violation> found, List<String> tags) {
    List<String> normalised = normaliseTags(tags);
    if (normalised.size() > TAGS_MAX) {
      found.add(Violation.of("tags", "story.tags.tooMany", TAGS_MAX));
    }
    if (normalised.stream().anyMatch(tag -> tag.length() > TAG_MAX_CHARS)) {
      found.add(Violation.of("tags", "story.tags.tooLong", TAG_MAX_CHARS));
    }
  }

  /**
   * Aim ids and the story adapted from are ids: a slug-like id or nothing. Whether an aim belongs
   * to the network's narrative is decided where the narrative is known (the story service).
   */
  private static void checkAims(List<Violation> found, StoryDraft draft) {
    List<String> aims = normaliseIds(draft.getAimIds());
    if (aims.size() > AIMS_MAX) {
      found.add(Violation.of("aimIds", "story.aims.tooMany", AIMS_MAX));
    }
    aims.stream()
        .filter(aim -> !Ids.isWellFormed(aim))
        .findFirst()
        .ifPresent(aim -> found.add(Violation.of("aimIds", "story.aims.malformed", aim)));
    String original = blankToEmpty(draft.getAdaptedFrom()).strip();
    if (!original.isEmpty() && !Ids.isWellFormed(original)) {
      found.add(Violation.of("adaptedFrom", "spread.adaptedFrom.malformed", original));
    }
  }

  /** The outline a valid draft describes; unknown section keys were refused before. */
  static Outline outlineOf(StoryDraft draft) {
    Map<Section, String> texts = new EnumMap<>(Section.class);
    draft
        .getOutline()
        .forEach((key, text) -> Section.ofKey(key).ifPresent(s -> texts.put(s, text)));
    return Outline.of(texts);
  }

  /** Tags are compared and faceted as typed words: trimmed, lower case, without repeats. */
  public static List<String> normaliseTags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String tag : tags) {
      String clean = blankToEmpty(tag).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        unique.add(clean);
      }
    }
    return List.copyOf(unique);
  }

  /** Each theme once, in the order given. */
  public static List<Theme> normaliseThemes(List<Theme> themes) {
    return nonNull(themes).stream().distinct().toList();
  }

  /** Member ids trimmed, each once, in the order given. */
  public static List<String> normaliseIds(List<String> ids) {
    return nonNull(ids).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  static <T> List<T> nonNull(Collection<T> items) {
    return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  static String blankToEmpty(String value) {
    return value == null ? "" : value;
  }
}
