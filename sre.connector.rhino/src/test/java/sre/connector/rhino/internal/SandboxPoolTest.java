package sre.connector.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Executions run on the connector's threads, a full queue refuses, stopping fails what waits. */
class SandboxPoolTest {
  @Test
  void workRunsOnThePoolsThreadsAndItsDependentsDoNot() throws InterruptedException {
    SandboxPool pool = new SandboxPool(1, 4);
    CompletableFuture<String> worker = pool.submit(() -> Thread.currentThread().getName());
    String dependent = worker.thenApply(w -> Thread.currentThread().getName()).join();
    assertThat(worker.join())
        .startsWith("sre-code-rhino-")
        .isNotEqualTo(Thread.currentThread().getName());
    assertThat(dependent).doesNotStartWith("sre-code-rhino-");
    pool.stop(Duration.ofSeconds(5));
  }

  @Test
  void aFullQueueRefusesAtOnce() throws InterruptedException {
    SandboxPool pool = new SandboxPool(1, 1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> running = pool.submit(() -> waitFor(release));
    CompletableFuture<String> queued = pool.submit(() -> "queued");
    CompletableFuture<String> refused = pool.submit(() -> "refused");
    assertThatThrownBy(refused::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(RejectedExecutionException.class)
        .hasMessageContaining("ECMASandbox is busy");
    release.countDown();
    assertThat(running.join()).isEqualTo("released");
    assertThat(queued.join()).isEqualTo("queued");
    pool.stop(Duration.ofSeconds(5));
  }

  @Test
  void stoppingInterruptsTheRunningAndFailsTheQueued() throws InterruptedException {
    SandboxPool pool = new SandboxPool(1, 1);
    CompletableFuture<String> running = pool.submit(() -> waitFor(new CountDownLatch(1)));
    CompletableFuture<String> queued = pool.submit(() -> "queued");
    assertThat(pool.stop(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(running.join()).isEqualTo("interrupted");
    assertThatThrownBy(queued::join).hasCauseInstanceOf(RejectedExecutionException.class);
  }

  private static String waitFor(CountDownLatch latch) {
    try {
      latch.await();
      return "released";
    } catch (InterruptedException e) {
      return "interrupted";
    }
  }
}
