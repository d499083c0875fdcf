package sre.cli.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static long[] micros(long... values) {
    long[] nanos = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      nanos[i] = values[i] * 1000;
    }
    return nanos;
  }

  @Test
  void percentilesAreNearestRank() {
    long[] hundred = new long[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = (i + 1) * 1000L;
    }
    LoadResult result = new LoadResult(100, 0, 1_000_000_000L, hundred);

    assertThat(result.percentileMicros(50)).isEqualTo(50.0);
    assertThat(result.percentileMicros(99)).isEqualTo(99.0);
    assertThat(result.percentileMicros(100)).isEqualTo(100.0);
    assertThat(new LoadResult(0, 0, 0, new long[0]).percentileMicros(50)).isZero();
  }

  @Test
  void endsWithOneJsonObject() {
    LoadResult result = new LoadResult(25_000, 0, 2_000_000_000L, micros(60, 70, 80, 200));
    BenchReport report =
        new BenchReport("chain.smyth POST /api/chain", result, 16, 2, 1, 30, 64L << 20);

    String text = report.render();

    assertThat(text)
        .startsWith("agent       chain.smyth POST /api/chain\n")
        .contains("runs        25000 in 2 s after 1 s of warm-up, 16 in flight (0 failed)\n")
        .contains("runs/s      12500.0\n")
        .contains("p50         70.0 us\n")
        .contains("p99         200.0 us\n")
        .contains("JVM         peak 30 threads, peak heap 64 MB (garbage included)\n");
    assertThat(text.lines().toList())
        .last()
        .isEqualTo("{\"runs_per_s\":12500,\"p50_us\":70,\"p99_us\":200,\"concurrency\":16}");
  }
}
