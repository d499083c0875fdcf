package sre.connector.redis.internal;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private {@code redis-server} on a free loopback port, no persistence, for one test class
 * ({@code @RegisterExtension static final RedisServer redis = new RedisServer();}). Fault tests
 * stop and restart it on the same port. The process is killed after the class, pass or fail, and by
 * a shutdown hook should the JVM die first.
 */
final class RedisServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final int port;
  private final List<String> extraArguments;
  private final Thread killer = new Thread(this::kill, "redis-server-killer");
  private volatile Process process;

  /**
   * @param extraArguments more redis-server options, e.g. {@code "--requirepass", "secret"}
   */
  RedisServer(String... extraArguments) {
    this.port = freePort();
    this.extraArguments = List.of(extraArguments);
  }

  /** The server's process id, for tests that freeze it with SIGSTOP. */
  long pid() {
    return process.pid();
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Starts the server (again, on the same port) and waits until it answers PING. */
  void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("redis-server already running on port " + port);
    }
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  "redis-server",
                  "--bind",
                  "127.0.0.1",
                  "--port",
                  String.valueOf(port),
                  "--save",
                  "",
                  "--appendonly",
                  "no"));
      command.addAll(extraArguments);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  new File(System.getProperty("java.io.tmpdir"), "redis-" + port + ".log"))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start redis-server (apt-get install redis-server)", e);
    }
    if (!killer.isAlive()) {
      try {
        Runtime.getRuntime().addShutdownHook(killer);
      } catch (IllegalArgumentException alreadyAdded) {
        // Added by an earlier start(): one hook kills whichever process is current.
      }
    }
    await("redis-server on port " + port)
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(20))
        .ignoreExceptions()
        .until(this::answersPing);
  }

  /** Starts the server unless it is running. */
  void ensureRunning() {
    if (process == null || !process.isAlive()) {
      start();
    }
  }

  /** Stops the server and waits until the port is closed. */
  void stop() {
    kill();
  }

  private void kill() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(5, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
      // Either the JVM is already exiting (the hook runs anyway) or no hook was added.
    }
  }

  private boolean answersPing() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(in.readNBytes(5), StandardCharsets.US_ASCII);
      // "+PONG", or "-NOAUTH ..." from a server that wants a password: either way it is up.
      return reply.equals("+PONG") || reply.equals("-NOAU");
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
