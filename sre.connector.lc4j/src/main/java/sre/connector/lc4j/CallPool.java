package sre.connector.lc4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The instance's bounded pool for langchain4j's blocking calls and stream parsing (its API blocks
 * on the HTTP answer), so callers' threads never wait. Threads time out when idle; the pool is shut
 * down with the instance.
 */
public final class CallPool implements Executor, AutoCloseable {
  private final ThreadPoolExecutor executor;

  public CallPool(String name, int size) {
    AtomicInteger n = new AtomicInteger();
    int threads = Math.max(1, size);
    executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs {@code call} on the pool; failures pass through {@code mapFailure}. Cancelling the result
   * aborts the call's exchange.
   */
  public <T> CompletableFuture<T> submit(
      Exchange exchange, Supplier<T> call, Function<Throwable, Throwable> mapFailure) {
    CompletableFuture<T> result = new CompletableFuture<>();
    result.whenComplete(
        (r, e) -> {
          if (result.isCancelled()) {
            exchange.abort();
          }
        });
    try {
      executor.execute(
          () -> {
            if (result.isDone()) {
              return;
            }
            try {
              result.complete(call.get());
            } catch (RuntimeException e) {
              result.completeExceptionally(mapFailure.apply(e));
            }
          });
    } catch (RuntimeException rejected) {
      result.completeExceptionally(mapFailure.apply(rejected));
    }
    return result;
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(task);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
