package org.commonplace.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Response times of one kind of request, and the line a benchmark prints for them. */
final class Latencies {

  private final List<Long> nanos = new ArrayList<>();

  synchronized void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  synchronized void addAll(Latencies other) {
    nanos.addAll(other.samples());
  }

  synchronized int count() {
    return nanos.size();
  }

  private synchronized List<Long> samples() {
    return List.copyOf(nanos);
  }

  /** The nearest-rank percentile, in milliseconds. */
  double percentile(int p) {
    long[] sorted = sorted();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  double max() {
    long[] sorted = sorted();
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
  }

  /** {@code what: n=… p50=… ms p95=… ms p99=… ms max=… ms}. */
  String line(String what) {
    return String.format(
        Locale.ROOT,
        "%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        what,
        count(),
        percentile(50),
        percentile(95),
        percentile(99),
        max());
  }

  private long[] sorted() {
    long[] sorted = samples().stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
