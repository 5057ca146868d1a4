package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's IHI progress score on a day: 0.5 (intent to participate) to 5.0 (outstanding
 * sustainable results) in steps of 0.5. A story keeps their history, oldest first.
 */
public record ProgressScore(LocalDate date, double score) {

  public static final double LOWEST = 0.5;
  public static final double HIGHEST = 5.0;

  /**
   * The history with the team's score of {@code today}: unchanged when the score is the latest one
   * already; the latest replaced when it was scored today (or dated later, as imported material can
   * be), so the dates stay in order; otherwise the new score appended.
   */
  public static List<ProgressScore> rescored(
      List<ProgressScore> history, double score, LocalDate today) {
    List<ProgressScore> scores = new ArrayList<>(history == null ? List.of() : history);
    ProgressScore latest = scores.isEmpty() ? null : scores.get(scores.size() - 1);
    if (latest != null && latest.score() == score) {
      return scores;
    }
    if (latest != null && latest.date() != null && !today.isAfter(latest.date())) {
      scores.set(scores.size() - 1, new ProgressScore(latest.date(), score));
    } else {
      scores.add(new ProgressScore(today, score));
    }
    return scores;
  }

  /** 0.5, 1.0 ... 5.0: nothing between the steps, nothing outside them. */
  @JsonbTransient
  public boolean isOnTheScale() {
    return score >= LOWEST && score <= HIGHEST && score * 2 == Math.rint(score * 2);
  }
}
