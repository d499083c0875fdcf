package sre.kernel.internal.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.llm.LlmProviderException;

/**
 * One logical provider call: waits for the instance's rate-limit permit, runs an attempt, and on a
 * retryable failure schedules the next one on a timer — no thread waits in between. Cancelling
 * {@link #result()} cancels whatever is pending (timer or in-flight exchange) and stops retrying.
 */
final class RetryingCall<T> {
  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private final AtomicReference<Future<?>> pending = new AtomicReference<>();
  private final Supplier<CompletionStage<T>> attempt;
  private final BooleanSupplier mayRetry;
  private final RetryPolicy policy;
  private final TokenBucket bucket;
  private final Delays delays;
  private final DoubleSupplier random;
  private final String target;

  RetryingCall(
      String target,
      Supplier<CompletionStage<T>> attempt,
      BooleanSupplier mayRetry,
      RetryPolicy policy,
      TokenBucket bucket,
      Delays delays,
      DoubleSupplier random) {
    this.target = target;
    this.attempt = attempt;
    this.mayRetry = mayRetry;
    this.policy = policy;
    this.bucket = bucket;
    this.delays = delays;
    this.random = random;
    result.whenComplete(
        (r, e) -> {
          if (result.isCancelled()) {
            Future<?> f = pending.get();
            if (f != null) {
              f.cancel(true);
            }
          }
        });
  }

  CompletableFuture<T> start() {
    run(1);
    return result;
  }

  CompletableFuture<T> result() {
    return result;
  }

  private void run(int n) {
    long wait = bucket == null ? 0 : bucket.reserve(delays.nanoTime());
    CompletableFuture<Void> permit = track(delays.after(Duration.ofNanos(wait)));
    permit.thenRun(() -> call(n));
  }

  private void call(int n) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<T> call;
    try {
      call = track(attempt.get().toCompletableFuture());
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    call.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
            return;
          }
          Throwable cause = unwrap(error);
          Optional<Duration> delay =
              mayRetry.getAsBoolean() && !result.isDone()
                  ? policy.delayAfter(n, cause, random)
                  : Optional.empty();
          if (delay.isEmpty()) {
            result.completeExceptionally(cause);
            return;
          }
          LlmProviderException p = (LlmProviderException) cause;
          logger.info(
              "LLM {}: attempt {} failed ({} {}), retrying in {} ms",
              target,
              n,
              p.kind(),
              p.status(),
              delay.get().toMillis());
          track(delays.after(delay.get())).thenRun(() -> run(n + 1));
        });
  }

  private <F extends Future<?>> F track(F future) {
    pending.set(future);
    if (result.isCancelled()) {
      future.cancel(true);
    }
    return future;
  }

  static Throwable unwrap(Throwable e) {
    while (e instanceof CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
