package org.commonplace.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.commonplace.story.entity.Act;
import org.commonplace.story.entity.EvidenceLevel;
import org.commonplace.story.entity.Improvement;
import org.commonplace.story.entity.Language;
import org.commonplace.story.entity.MeasureType;
import org.commonplace.story.entity.ProgressScore;
import org.commonplace.story.entity.Stage;
import org.commonplace.story.entity.Theme;

/**
 * The closed sets the story page offers, by name; the page labels each from the message bundle
 * ({@code stage.TESTING}, {@code theme.TRUST}), so they read in the member's language.
 */
@Named
@ApplicationScoped
public class StoryChoices {

  private static final List<String> SCORES =
      IntStream.rangeClosed((int) (ProgressScore.LOWEST * 2), (int) (ProgressScore.HIGHEST * 2))
          .mapToObj(half -> StoryFactsForm.score(half / 2.0))
          .toList();

  /** A cycle's possible decisions; none while the team has not decided. */
  public List<String> getActs() {
    return names(Act.values());
  }

  public List<String> getMeasureTypes() {
    return names(MeasureType.values());
  }

  public List<String> getImprovements() {
    return names(Improvement.values());
  }

  public List<String> getStages() {
    return names(Stage.values());
  }

  public List<String> getThemes() {
    return names(Theme.values());
  }

  public List<String> getLanguages() {
    return names(Language.values());
  }

  public List<String> getEvidenceLevels() {
    return names(EvidenceLevel.values());
  }

  /** The IHI progress scores, 0.5 to 5.0 in steps of 0.5. */
  public List<String> getScores() {
    return SCORES;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
