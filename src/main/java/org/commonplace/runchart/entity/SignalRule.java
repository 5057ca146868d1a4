package org.commonplace.runchart.entity;

/**
 * The IHI run-chart rules (Perla, Provost and Murray, BMJ Qual Saf 2011) that signal non-random
 * variation. The astronomical point is left out: it is a judgement, not a count.
 */
public enum SignalRule {
  /** Six or more consecutive points on one side of the median; points on it are skipped. */
  SHIFT("shift"),
  /** Five or more consecutive points all going up or all going down; repeats are skipped. */
  TREND("trend"),
  /** Fewer runs than the published table expects for this many points not on the median. */
  TOO_FEW_RUNS("too-few-runs"),
  /** More runs than the published table expects for this many points not on the median. */
  TOO_MANY_RUNS("too-many-runs");

  private final String code;

  SignalRule(String code) {
    this.code = code;
  }

  /** The name in the API, a contract: never renamed. */
  public String code() {
    return code;
  }

  /** Whether the signal concerns the whole series rather than a stretch of points in it. */
  public boolean judgesRuns() {
    return this == TOO_FEW_RUNS || this == TOO_MANY_RUNS;
  }
}
