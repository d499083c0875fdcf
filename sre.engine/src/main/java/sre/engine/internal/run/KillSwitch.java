package sre.engine.internal.run;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A run's kill flag (SRE's {@code agent.kill(reason)}) and the timers its components wait on, so a
 * kill wakes a sleeping run instead of letting it wait out its delay.
 */
final class KillSwitch {
  private final CompletableFuture<String> reason = new CompletableFuture<>();
  private final Set<CompletableFuture<Void>> timers = ConcurrentHashMap.newKeySet();

  /** Kills the run; true for the first kill only. */
  boolean kill(String why) {
    if (!reason.complete(why)) {
      return false;
    }
    // completing a timer also cancels its scheduled task, so nothing of the run stays queued
    timers.forEach(t -> t.complete(null));
    return true;
  }

  boolean killed() {
    return reason.isDone();
  }

  String reason() {
    return reason.getNow(null);
  }

  /** Completes when the run is killed: the run races its cycle's outputs against it. */
  CompletableFuture<String> signal() {
    return reason;
  }

  /**
   * Completes on {@code executor} after {@code millis}, or as soon as the run is killed. A wait
   * that starts after the kill never completes: the run has already ended, and completing it would
   * only let a polling component (Await) spin through its remaining polls.
   */
  CompletionStage<Void> delay(long millis, Executor executor) {
    CompletableFuture<Void> timer = new CompletableFuture<>();
    if (killed()) {
      return timer;
    }
    timers.add(timer);
    timer.whenComplete((v, e) -> timers.remove(timer));
    // added before this check and kill() completes before it iterates: one of them sees the other
    if (killed()) {
      timer.complete(null);
    } else {
      timer.completeOnTimeout(null, millis, TimeUnit.MILLISECONDS);
    }
    // the timeout fires on the JDK's single delay thread: continue on the engine's executor
    return timer.thenRunAsync(() -> {}, executor);
  }
}
