package sre.cli.internal.bench;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, appended by one logical writer at a time (one load slot: its runs
 * follow each other, each completion happening-before the next start).
 */
final class LatencyLog {
  private long[] values = new long[64];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /** Every log's values in one sorted array. */
  static long[] sortedUnion(Iterable<LatencyLog> logs) {
    int total = 0;
    for (LatencyLog log : logs) {
      total += log.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (LatencyLog log : logs) {
      System.arraycopy(log.values, 0, all, at, log.size);
      at += log.size;
    }
    Arrays.sort(all);
    return all;
  }
}
