package sre.kernel.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;

class RetryPolicyTest {
  final RetryPolicy policy =
      new RetryPolicy(
          5, Duration.ofMillis(100), Duration.ofMillis(1000), 0.5, Duration.ofSeconds(30));

  static LlmProviderException of(Kind kind) {
    return new LlmProviderException(kind, 0, null, kind.name(), null);
  }

  @Test
  void exponentialCappedAndJittered() {
    assertThat(policy.delayAfter(1, of(Kind.TIMEOUT), () -> 0)).contains(Duration.ofMillis(100));
    assertThat(policy.delayAfter(2, of(Kind.TIMEOUT), () -> 0)).contains(Duration.ofMillis(200));
    assertThat(policy.delayAfter(4, of(Kind.TIMEOUT), () -> 0)).contains(Duration.ofMillis(800));
    assertThat(policy.delayAfter(4, of(Kind.SERVER_ERROR), () -> 1))
        .contains(Duration.ofMillis(400));
    assertThat(policy.delayAfter(5, of(Kind.TIMEOUT), () -> 0)).isEmpty();
  }

  @Test
  void onlyRetryableKinds() {
    for (Kind k : Kind.values()) {
      assertThat(policy.delayAfter(1, of(k), () -> 0).isPresent()).isEqualTo(k.retryable());
    }
    assertThat(policy.delayAfter(1, new IllegalStateException(), () -> 0)).isEmpty();
  }

  @Test
  void tokenBucketRefills() {
    TokenBucket b = new TokenBucket(10, 2, 0);
    assertThat(b.reserve(0)).isZero();
    assertThat(b.reserve(0)).isZero();
    assertThat(b.reserve(0)).isEqualTo(100_000_000L);
    assertThat(b.reserve(1_000_000_000L)).isZero();
  }
}
