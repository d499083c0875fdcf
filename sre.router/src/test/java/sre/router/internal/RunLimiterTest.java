package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunLimiterTest {
  @Test
  void refusesBeyondTheLimitPerCallerAndForgetsIdleCallers() {
    RunLimiter limiter = new RunLimiter();
    assertThat(limiter.tryAcquire("a", 2)).isTrue();
    assertThat(limiter.tryAcquire("a", 2)).isTrue();
    assertThat(limiter.tryAcquire("a", 2)).isFalse();
    assertThat(limiter.tryAcquire("b", 2)).isTrue();
    limiter.release("a");
    assertThat(limiter.tryAcquire("a", 2)).isTrue();
    limiter.release("a");
    limiter.release("a");
    limiter.release("b");
    assertThat(limiter.inFlight("a")).isZero();
    assertThat(limiter.inFlight("b")).isZero();
  }
}
