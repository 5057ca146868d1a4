package org.commonplace.story.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;

/**
 * The team's IHI progress score on a day: 0.5 (intent to participate) to 5.0 (outstanding
 * sustainable results) in steps of 0.5. A story keeps their history, oldest first.
 */
public record ProgressScore(LocalDate date, double score) {

  public static final double LOWEST = 0.5;
  public static final double HIGHEST = 5.0;

  /** 0.5, 1.0 ... 5.0: nothing between the steps, nothing outside them. */
  @JsonbTransient
  public boolean isOnTheScale() {
    return score >= LOWEST && score <= HIGHEST && score * 2 == Math.rint(score * 2);
  }
}
