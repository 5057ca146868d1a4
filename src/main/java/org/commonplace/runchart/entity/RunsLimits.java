package org.commonplace.runchart.entity;

/**
 * The published limits for the number of runs among {@code useful} points not on the median: fewer
 * than {@code lower} runs is too few, more than {@code upper} too many.
 */
public record RunsLimits(int useful, int lower, int upper) {

  public RunsLimits {
    if (lower < 1 || upper < lower || upper > useful) {
      throw new IllegalArgumentException(
          "Limits " + lower + ".." + upper + " for " + useful + " points");
    }
  }

  public boolean tooFew(int runs) {
    return runs < lower;
  }

  public boolean tooMany(int runs) {
    return runs > upper;
  }
}
