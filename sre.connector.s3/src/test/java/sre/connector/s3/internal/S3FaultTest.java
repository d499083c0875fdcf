package sre.connector.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** S3 out of reach: calls fail fast with an error naming endpoint, bucket and operation. */
class S3FaultTest {
  private static final Duration FAIL_FAST = Duration.ofSeconds(10);

  /** Settings for an endpoint where nothing listens. */
  private static S3Settings nobodyHome() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    S3Settings base = new S3Proxy().settings("nowhere");
    return new S3Settings(
        base.bucket(),
        base.region(),
        "http://127.0.0.1:" + port,
        true,
        base.accessKeyId(),
        base.secretKeyVaultKey(),
        "",
        false,
        base.cachePrefix(),
        base.maxObjectBytes(),
        2,
        10,
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        2);
  }

  @Test
  void unreachableEndpointFailsFastAndSaysWhere() throws IOException {
    S3Settings settings = nobodyHome();
    try (S3Io io = new S3Io(settings, S3Proxy::vault)) {
      S3Storage storage = new S3Storage(io);

      Throwable error = timedFailure(storage.write("teams/t/file.txt", new byte[] {1}, Map.of()));

      assertThat(error)
          .isInstanceOf(S3UnavailableException.class)
          .hasMessageContaining(settings.endpoint())
          .hasMessageContaining("bucket 'nowhere'")
          .hasMessageContaining("PUT teams/t/file.txt")
          .hasMessageContaining("unreachable");
      assertThat(timedFailure(new S3Cache(io, System::currentTimeMillis).get("k")))
          .isInstanceOf(S3UnavailableException.class)
          .hasMessageContaining(settings.endpoint());
    }
  }

  @Test
  void missingSecretIsNamedAndNoSecretIsShown() throws IOException {
    S3Settings settings = nobodyHome();
    try (S3Io io = new S3Io(settings, () -> TestVaults.holding("other-key", "top-secret"))) {
      Throwable error = timedFailure(new S3Storage(io).exists("x"));

      assertThat(error).isInstanceOf(S3UnavailableException.class);
      assertThat(error).hasStackTraceContaining("s3-secret");
      assertThat(stackText(error)).doesNotContain("top-secret");
    }
  }

  @Test
  void stoppedConnectorRefusesCalls() throws IOException {
    S3Io io = new S3Io(nobodyHome(), S3Proxy::vault);
    io.close();

    assertThat(failure(new S3Storage(io).read("x")))
        .isInstanceOf(S3UnavailableException.class)
        .hasMessageContaining("stopped");
  }

  private static Throwable timedFailure(CompletionStage<?> stage) {
    long start = System.nanoTime();
    Throwable error = failure(stage);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST);
    return error;
  }

  private static String stackText(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }
}
