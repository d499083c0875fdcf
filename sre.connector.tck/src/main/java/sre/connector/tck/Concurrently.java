package sre.connector.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Starts the same operation from several threads at once (released together by a latch) and waits
 * for every stage, so contract suites can check that concurrent callers never corrupt each other.
 */
public final class Concurrently {

  private Concurrently() {}

  /**
   * Runs {@code operation(i)} for {@code i} in {@code [0, threads)}, each on its own thread, and
   * joins every resulting stage. Rethrows the first failure.
   */
  public static void run(int threads, IntFunction<CompletionStage<?>> operation) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return Stages.join(operation.apply(index));
                }));
      }
      start.countDown();
      for (Future<Object> result : results) {
        result.get(Stages.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (Exception e) {
      throw new AssertionError("A concurrent operation failed", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
