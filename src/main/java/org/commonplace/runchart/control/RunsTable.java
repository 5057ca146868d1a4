package org.commonplace.runchart.control;

import java.util.Optional;
import org.commonplace.runchart.entity.RunsLimits;

/**
 * The published table for too few or too many runs (Perla, Provost and Murray, BMJ Qual Saf 2011,
 * Table 1, after Swed and Eisenhart 1943): for 10 to 60 points not on the median, the fewest runs
 * that are not too few and the most that are not too many, at about a 5% risk of a false signal.
 * Outside that range there is no judgement. {@code RunsTableTest} sets it beside the exact
 * distribution of runs and names the rows where the two differ by one run.
 */
public final class RunsTable {

  public static final int FEWEST_USEFUL = 10;
  public static final int MOST_USEFUL = 60;

  /** Lower limits for 10, 11, ... 60 points not on the median: fewer runs is too few. */
  private static final int[] LOWER = {
    3, 3, 3, 4, 4, 5, 5, 5, 6, 6, // 10-19
    6, 7, 7, 8, 8, 9, 9, 9, 10, 10, // 20-29
    11, 11, 11, 12, 12, 13, 13, 13, 14, 14, // 30-39
    15, 15, 16, 16, 17, 17, 17, 18, 18, 19, // 40-49
    19, 20, 20, 21, 21, 22, 22, 23, 23, 24, // 50-59
    24 // 60
  };

  /** Upper limits for 10, 11, ... 60 points not on the median: more runs is too many. */
  private static final int[] UPPER = {
    9, 10, 11, 11, 12, 12, 13, 13, 14, 15, // 10-19
    16, 16, 17, 17, 18, 18, 19, 20, 20, 21, // 20-29
    21, 22, 23, 23, 24, 24, 25, 26, 26, 27, // 30-39
    27, 28, 28, 29, 29, 30, 31, 31, 32, 32, // 40-49
    33, 33, 34, 34, 35, 35, 36, 36, 37, 38, // 50-59
    38 // 60
  };

  private RunsTable() {}

  /** The limits for this many points not on the median; empty outside 10 to 60. */
  public static Optional<RunsLimits> forUseful(int useful) {
    if (useful < FEWEST_USEFUL || useful > MOST_USEFUL) {
      return Optional.empty();
    }
    int row = useful - FEWEST_USEFUL;
    return Optional.of(new RunsLimits(useful, LOWER[row], UPPER[row]));
  }
}
