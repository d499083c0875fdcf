package sre.cli.internal.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import sre.api.component.support.Json;

/**
 * What {@code sre bench} prints: a few readable lines, then one JSON object as the last line (for
 * scripts: {@code runs_per_s}, {@code p50_us}, {@code p99_us}, {@code concurrency}).
 */
public record BenchReport(
    String target,
    LoadResult result,
    int concurrency,
    long measuredSeconds,
    long warmupSeconds,
    int peakThreads,
    long peakHeapBytes) {

  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(format("agent       %s%n", target));
    text.append(
        format(
            "runs        %d in %d s after %d s of warm-up, %d in flight (%d failed)%n",
            result.runs(), measuredSeconds, warmupSeconds, concurrency, result.failures()));
    text.append(format("runs/s      %.1f%n", result.runsPerSecond()));
    text.append(format("p50         %.1f us%n", result.percentileMicros(50)));
    text.append(format("p99         %.1f us%n", result.percentileMicros(99)));
    text.append(
        format(
            "JVM         peak %d threads, peak heap %d MB (garbage included)%n",
            peakThreads, peakHeapBytes / (1024 * 1024)));
    text.append(json()).append('\n');
    return text.toString();
  }

  /** The last line: one JSON object. */
  public String json() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runs_per_s", round(result.runsPerSecond()));
    summary.put("p50_us", round(result.percentileMicros(50)));
    summary.put("p99_us", round(result.percentileMicros(99)));
    summary.put("concurrency", concurrency);
    return Json.stringify(summary);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
