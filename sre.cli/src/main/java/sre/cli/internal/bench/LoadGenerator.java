package sre.cli.internal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps {@code concurrency} runs in flight for a while, like that many clients each sending its
 * next request when the previous answer arrives. Every start is a task on the {@code driver}
 * executor: a run that completes inside {@code run()} (a CPU-only agent) then occupies a driver
 * thread, so runs in flight share the cores and the latency includes the wait for one; a run that
 * waits (FSleep, I/O) occupies no thread at all, only its callback.
 */
public final class LoadGenerator {
  private static final Duration DRAIN = Duration.ofMinutes(2);

  private final Supplier<? extends CompletionStage<?>> oneRun;
  private final int concurrency;
  private final Executor driver;

  public LoadGenerator(
      Supplier<? extends CompletionStage<?>> oneRun, int concurrency, Executor driver) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.oneRun = oneRun;
    this.concurrency = concurrency;
    this.driver = driver;
  }

  /**
   * Starts runs for {@code duration}, then waits for those still in flight.
   *
   * @throws IllegalStateException when runs are still in flight two minutes after the end
   */
  public LoadResult run(Duration duration) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    CountDownLatch finished = new CountDownLatch(concurrency);
    List<Slot> slots = new ArrayList<>(concurrency);
    for (int i = 0; i < concurrency; i++) {
      slots.add(new Slot(end, finished));
    }
    slots.forEach(slot -> driver.execute(slot::startOne));
    if (!finished.await(duration.plus(DRAIN).toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          finished.getCount() + " runs still in flight " + DRAIN.toSeconds() + " s after the end");
    }
    long runs = 0;
    long failures = 0;
    long last = start;
    List<LatencyLog> logs = new ArrayList<>(concurrency);
    for (Slot slot : slots) {
      runs += slot.latencies.size();
      failures += slot.failures;
      last = Math.max(last, slot.lastCompletion);
      logs.add(slot.latencies);
    }
    return new LoadResult(runs, failures, last - start, LatencyLog.sortedUnion(logs));
  }

  /**
   * One client: one run in flight at a time. Its fields are written by one run's completion after
   * another (each completion happens-before the next start, through the executor hand-off).
   */
  private final class Slot {
    private final long end;
    private final CountDownLatch finished;
    private final LatencyLog latencies = new LatencyLog();
    private long failures;
    private long lastCompletion;

    Slot(long end, CountDownLatch finished) {
      this.end = end;
      this.finished = finished;
    }

    /** Starts one run; its completion schedules the next start as a new task (no recursion). */
    void startOne() {
      if (System.nanoTime() >= end) {
        finished.countDown();
        return;
      }
      long started = System.nanoTime();
      start()
          .whenComplete(
              (value, error) -> {
                record(started, error != null);
                driver.execute(this::startOne);
              });
    }

    private CompletableFuture<?> start() {
      try {
        return oneRun.get().toCompletableFuture();
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    private void record(long started, boolean failed) {
      lastCompletion = System.nanoTime();
      if (failed) {
        failures++;
      } else {
        latencies.add(lastCompletion - started);
      }
    }
  }
}
