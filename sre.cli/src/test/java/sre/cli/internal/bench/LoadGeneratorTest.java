package sre.cli.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
  private final ExecutorService driver = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopDriver() {
    driver.shutdownNow();
  }

  @Test
  void runsThatCompleteAtOnceAreCountedWithoutGrowingTheStack() throws InterruptedException {
    LoadResult result =
        new LoadGenerator(() -> CompletableFuture.completedFuture("done"), 1, driver)
            .run(Duration.ofSeconds(2));

    // Far more runs than a stack could hold frames for, had each started the next recursively
    // (two seconds: even a cold JIT on a busy machine does tens of thousands of these).
    assertThat(result.runs()).isGreaterThan(10_000);
    assertThat(result.failures()).isZero();
    assertThat(result.sortedNanos()).hasSize((int) result.runs());
  }

  @Test
  void keepsTheConcurrencyInFlightWhileRunsWait() throws InterruptedException {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    LoadResult result =
        new LoadGenerator(
                () -> {
                  mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  // Completes later, on the delay scheduler: a run waiting without a thread.
                  return CompletableFuture.runAsync(
                      inFlight::decrementAndGet,
                      CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS));
                },
                50,
                driver)
            .run(Duration.ofMillis(200));

    assertThat(result.runs()).isGreaterThan(50);
    // 50 runs waiting at once although the driver has only two threads.
    assertThat(mostInFlight.get()).isEqualTo(50);
    assertThat(inFlight.get()).isZero();
  }

  @Test
  void failedRunsAreCountedApartFromLatencies() throws InterruptedException {
    AtomicInteger started = new AtomicInteger();
    LoadResult result =
        new LoadGenerator(
                () ->
                    started.incrementAndGet() % 2 == 0
                        ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                        : CompletableFuture.completedFuture("ok"),
                1,
                driver)
            .run(Duration.ofMillis(50));

    assertThat(result.failures()).isPositive();
    assertThat(result.runs() + result.failures()).isEqualTo(started.get());
  }
}
