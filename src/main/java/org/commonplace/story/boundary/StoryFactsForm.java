package org.commonplace.story.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonplace.platform.validation.Violation;
import org.commonplace.story.entity.Evidence;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.ProgressScore;
import org.commonplace.story.entity.Stage;
import org.commonplace.story.entity.StoryDraft;
import org.commonplace.story.entity.Theme;

/**
 * What the story page says about the work besides its text and rows: stage, themes, language, the
 * evidence level the teller proposes, the team's progress score today and the co-authors. Choices
 * are kept by name as posted, so a refused form shows them as they were.
 */
public class StoryFactsForm {

  private String stage = "";
  private String language = Language.EN.name();
  private String evidence = "";
  private String score = "";
  private List<String> themes = new ArrayList<>();
  private String coAuthors = "";

  /** The facts of a stored story, its latest progress score as the one shown. */
  public static StoryFactsForm of(StoryDraft draft) {
    StoryFactsForm form = new StoryFactsForm();
    form.stage = draft.getStage() == null ? "" : draft.getStage().name();
    form.language = draft.getLanguage() == null ? Language.EN.name() : draft.getLanguage().name();
    form.evidence =
        draft.getEvidence() == null || draft.getEvidence().level() == null
            ? ""
            : draft.getEvidence().level().name();
    List<ProgressScore> progress = draft.getProgress();
    form.score = progress.isEmpty() ? "" : score(progress.get(progress.size() - 1).score());
    form.themes = new ArrayList<>(draft.getThemes().stream().map(Theme::name).toList());
    form.coAuthors = String.join("\n", draft.getCoAuthors());
    return form;
  }

  /** A score as the page offers it: 0.5, 1.0 ... 5.0. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Gives the draft its stage, language, themes, evidence proposal and co-authors.
   *
   * @param memberId who proposes the evidence level (the service keeps a facilitator's confirmation
   *     while the level stays the same)
   * @return choices that are none of those offered, which a page never sends
   */
  List<Violation> applyTo(StoryDraft draft, String memberId) {
    List<Violation> found = new ArrayList<>();
    draft.setStage(choice(Stage.class, stage, "stage", found));
    Language chosen = choice(Language.class, language, "language", found);
    draft.setLanguage(chosen == null ? Language.EN : chosen);
    EvidenceLevel level = choice(EvidenceLevel.class, evidence, "evidence.level", found);
    draft.setEvidence(level == null ? null : Evidence.proposed(level, memberId));
    List<Theme> chosenThemes = new ArrayList<>();
    for (String theme : themes) {
      Theme one = choice(Theme.class, theme, "themes", found);
      if (one != null) {
        chosenThemes.add(one);
      }
    }
    draft.setThemes(chosenThemes);
    draft.setCoAuthors(
        Arrays.stream(coAuthors.split("[\\s,;]+")).filter(id -> !id.isBlank()).toList());
    if (!score.isBlank() && scoreValue().isEmpty()) {
      found.add(Violation.of("progress", "edit.invalidChoice"));
    }
    return found;
  }

  /**
   * The progress history with the score chosen today: appended when it differs from the latest (see
   * {@link ProgressScore#rescored}); unchanged when none is chosen.
   */
  List<ProgressScore> progress(List<ProgressScore> history, LocalDate today) {
    return scoreValue()
        .map(value -> ProgressScore.rescored(history, value, today))
        .orElse(new ArrayList<>(history));
  }

  private Optional<Double> scoreValue() {
    try {
      return score.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(score.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String name, String field, List<Violation> found) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      found.add(Violation.of(field, "edit.invalidChoice"));
      return null;
    }
  }

  /** A {@link Stage} by name, or empty when the story does not say. */
  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = CycleForm.orEmpty(stage);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = CycleForm.orEmpty(language);
  }

  /** The {@link EvidenceLevel} the teller proposes, by name, or empty for none. */
  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = CycleForm.orEmpty(evidence);
  }

  /** The team's IHI progress score today (0.5 to 5.0), or empty when not scored. */
  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = CycleForm.orEmpty(score);
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
  }

  /** Member ids, one per line or separated by commas. */
  public String getCoAuthors() {
    return coAuthors;
  }

  public void setCoAuthors(String coAuthors) {
    this.coAuthors = CycleForm.orEmpty(coAuthors);
  }
}
