package sre.connector.s3.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * s3proxy (fetched by the build into {@code target/s3proxy/s3proxy.jar}) on a free loopback port,
 * storing into a temporary folder, for one test class ({@code @RegisterExtension static final}).
 * Killed after the class, pass or fail, and by a shutdown hook should the JVM die first.
 */
final class S3Proxy implements BeforeAllCallback, AfterAllCallback {
  static final String IDENTITY = "sre-test";
  static final String CREDENTIAL = "sre-test-secret";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final int port = freePort();
  private final Thread killer = new Thread(this::kill, "s3proxy-killer");
  private Path folder;
  private Process process;

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** The vault key under which {@link #vault()} holds the secret key. */
  static final String SECRET_VAULT_KEY = "s3-secret";

  /** A vault that holds this server's secret key, for the system candidate. */
  static sre.api.vault.Vault vault() {
    return TestVaults.holding(SECRET_VAULT_KEY, CREDENTIAL);
  }

  /**
   * Connector settings for this server: path-style, access key id plus the secret from {@link
   * #vault()}, bucket created on first write.
   */
  S3Settings settings(String bucket) {
    return new S3Settings(
        bucket,
        "us-east-1",
        endpoint(),
        true,
        IDENTITY,
        SECRET_VAULT_KEY,
        "",
        true,
        "_smyth_cache/",
        64L * 1024 * 1024,
        4,
        1000,
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        3);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
    folder = Files.createTempDirectory("s3proxy-");
    Path blobs = Files.createDirectories(folder.resolve("blobs"));
    Path properties = folder.resolve("s3proxy.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=" + endpoint(),
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + IDENTITY,
            "s3proxy.credential=" + CREDENTIAL,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + blobs,
            ""));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    process =
        new ProcessBuilder(
                List.of(java.toString(), "-jar", jar, "--properties", properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("s3proxy.log").toFile())
            .start();
    Runtime.getRuntime().addShutdownHook(killer);
    await("s3proxy on port " + port)
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .failFast("s3proxy exited, see " + folder.resolve("s3proxy.log"), () -> !process.isAlive())
        .until(this::listening);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting; the hook runs anyway.
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private void kill() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(10, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
