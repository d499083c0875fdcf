package sre.cli.internal.bench;

/**
 * One measured load: completed runs, failed runs (stages completing exceptionally), wall time from
 * the first start to the last completion, and the sorted latencies of completed runs.
 */
public record LoadResult(long runs, long failures, long elapsedNanos, long[] sortedNanos) {

  public double runsPerSecond() {
    return elapsedNanos == 0 ? 0 : runs * 1e9 / elapsedNanos;
  }

  /** Nearest-rank percentile ({@code 0 < p <= 100}) in microseconds; 0 without runs. */
  public double percentileMicros(double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.min(sortedNanos.length, Math.max(1, rank)) - 1] / 1000.0;
  }
}
