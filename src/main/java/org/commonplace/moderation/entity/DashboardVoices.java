package org.commonplace.moderation.entity;

import java.time.YearMonth;
import java.util.List;

/**
 * Posts per month by one kind of voice (a stakeholder role, or an organisation): one row per voice
 * that posted, the counts in the order of {@code months}.
 */
public record DashboardVoices(List<YearMonth> months, List<Row> rows) {

  public DashboardVoices {
    months = List.copyOf(months);
    rows = List.copyOf(rows);
  }

  /**
   * One voice's posts per month.
   *
   * @param key the role's name or the organisation's id
   */
  public record Row(String key, List<Long> counts) {

    public Row {
      counts = List.copyOf(counts);
    }

    public long total() {
      return counts.stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Posts in one month, all voices together. */
  public long monthTotal(int month) {
    return rows.stream().mapToLong(r -> r.counts().get(month)).sum();
  }

  /** The largest month, for a chart's scale. */
  public long largestMonth() {
    long largest = 0;
    for (int m = 0; m < months.size(); m++) {
      largest = Math.max(largest, monthTotal(m));
    }
    return largest;
  }
}
