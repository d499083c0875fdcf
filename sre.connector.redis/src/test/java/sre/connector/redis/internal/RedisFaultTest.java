package sre.connector.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.cache.CacheEntry;

/**
 * Redis going away under a running connector: calls fail fast with an error that names the
 * endpoint, and work again by themselves once Redis is back. The class owns its server.
 */
class RedisFaultTest {
  private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

  /** A failing call may take the command timeout plus scheduling slack on a busy CI box. */
  private static final Duration FAIL_FAST = COMMAND_TIMEOUT.plusSeconds(2);

  @RegisterExtension static final RedisServer redis = new RedisServer();

  private RedisConnector connector;

  @BeforeEach
  void redisUp() {
    redis.ensureRunning();
  }

  private RedisConnector connect() {
    connector =
        new RedisConnector(RedisSettings.forUri(redis.uri()).withCommandTimeout(COMMAND_TIMEOUT));
    return connector;
  }

  @AfterEach
  void closeConnector() {
    if (connector != null) {
      connector.close();
    }
  }

  @Test
  void callsFailFastWhileRedisIsDownAndRecoverWhenItReturns() {
    RedisConnector cache = connect();
    join(cache.set("before", "v", Map.of(), 0));

    redis.stop();

    Throwable error = timedFailure(cache.get("before"));
    assertThat(error)
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + redis.port())
        .hasMessageContaining("GET before");
    assertThat(timedFailure(cache.set("during", "v", Map.of(), 0)))
        .isInstanceOf(RedisUnavailableException.class);
    assertThat(timedFailure(cache.list("team_t", "ns")))
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + redis.port());

    redis.start();

    await("reconnect")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> join(cache.set("after", "v", Map.of(), 0)) == null);
    assertThat(join(cache.get("after"))).map(CacheEntry::value).hasValue("v");
    join(cache.set("team_t", "ns", "k", "v"));
    assertThat(join(cache.get("team_t", "ns", "k"))).hasValue("v");
  }

  @Test
  void redisDownAtStartFailsFastThenConnectsOnceItIsUp() {
    redis.stop();
    RedisConnector cache = connect();

    assertThat(timedFailure(cache.exists("k")))
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + redis.port())
        .hasMessageContaining("unreachable");

    redis.start();

    await("first connect")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> !join(cache.exists("k")));
  }

  @Test
  void aFrozenRedisTimesCallsOutAndKeepsAcknowledgedWrites() throws Exception {
    RedisConnector cache = connect();
    join(cache.set("acknowledged", "v", Map.of("acl", "h:xxh3|"), 0));

    signal("STOP");
    try {
      Throwable error = timedFailure(cache.get("acknowledged"));
      assertThat(error)
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("no answer within 500 ms")
          .hasMessageContaining("127.0.0.1:" + redis.port());
    } finally {
      signal("CONT");
    }

    await("answers again")
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(() -> join(cache.get("acknowledged")).isPresent());
    assertThat(join(cache.get("acknowledged")))
        .hasValue(new CacheEntry("v", Map.of("acl", "h:xxh3|")));
  }

  /** The stage's failure, asserting it arrived within {@link #FAIL_FAST}. */
  private static Throwable timedFailure(CompletionStage<?> stage) {
    long start = System.nanoTime();
    Throwable error = failure(stage);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST);
    return error;
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(redis.pid())).inheritIO().start();
    assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).isZero();
  }
}
