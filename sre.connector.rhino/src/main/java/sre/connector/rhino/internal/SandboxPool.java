package sre.connector.rhino.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The connector's own threads: a fixed number of them and a bounded queue, so scripts never run on
 * (or block) the caller's thread and a flood of executions is refused instead of piling up. Results
 * are handed over on another executor, so what depends on them (the rest of an agent run) never
 * holds a sandbox thread.
 */
final class SandboxPool {
  private final ThreadPoolExecutor pool;
  private final int queueSize;
  private final Executor completions;

  /** Hands results over on the common pool, where the engine continues its runs. */
  SandboxPool(int threads, int queueSize) {
    this(threads, queueSize, ForkJoinPool.commonPool());
  }

  SandboxPool(int threads, int queueSize, Executor completions) {
    this.completions = completions;
    int n = Math.max(1, threads);
    this.queueSize = Math.max(0, queueSize);
    BlockingQueue<Runnable> queue =
        this.queueSize == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(this.queueSize);
    this.pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, queue, threadFactory());
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs {@code work} on a pool thread; fails at once when the queue is full or the pool stops. */
  <T> CompletableFuture<T> submit(Supplier<T> work) {
    Task<T> task = new Task<>(work, completions);
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      task.result.completeExceptionally(
          new RejectedExecutionException(
              pool.isShutdown()
                  ? "ECMASandbox is stopping; the code was not run"
                  : "ECMASandbox is busy: "
                      + queueSize
                      + " executions already wait for a thread; the code was not run"));
    }
    return task.result;
  }

  /**
   * Lets running and queued executions finish for up to {@code grace}, then interrupts what still
   * runs (the sandbox stops it at its next check) and fails what never started.
   */
  int stop(Duration grace) throws InterruptedException {
    pool.shutdown();
    if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return 0;
    }
    List<Runnable> dropped = pool.shutdownNow();
    for (Runnable r : dropped) {
      if (r instanceof Task<?> t) {
        t.result.completeExceptionally(
            new RejectedExecutionException("ECMASandbox stopped; the code was not run"));
      }
    }
    return dropped.size();
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "sre-code-rhino-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** One queued execution and the stage its caller holds. */
  private static final class Task<T> implements Runnable {
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Supplier<T> work;
    private final Executor completions;

    Task(Supplier<T> work, Executor completions) {
      this.work = work;
      this.completions = completions;
    }

    @Override
    public void run() {
      T value;
      try {
        value = work.get();
      } catch (RuntimeException | Error e) {
        handOver(() -> result.completeExceptionally(e));
        return;
      }
      handOver(() -> result.complete(value));
    }

    private void handOver(Runnable completion) {
      try {
        completions.execute(completion);
      } catch (RejectedExecutionException e) {
        completion.run();
      }
    }
  }
}
