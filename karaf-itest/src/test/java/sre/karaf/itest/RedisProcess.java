package sre.karaf.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away redis-server on a free loopback port, and the two RESP commands the test needs
 * (PING, DBSIZE) over a plain socket, so the check does not go through the connector under test.
 */
final class RedisProcess implements AutoCloseable {
  private final Process process;
  final int port;

  private RedisProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Empty when no {@code redis-server} is on the PATH. */
  static Optional<RedisProcess> start() throws IOException {
    Optional<Path> binary = onPath("redis-server");
    if (binary.isEmpty()) {
      return Optional.empty();
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p =
        new ProcessBuilder(
                binary.get().toString(),
                "--bind",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    RedisProcess redis = new RedisProcess(p, port);
    Poll.until("redis-server answers PING", Duration.ofSeconds(10), redis::answers);
    return Optional.of(redis);
  }

  private static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private boolean answers() {
    try {
      return "+PONG".equals(command("PING"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Number of keys in database 0. */
  long dbSize() throws IOException {
    String reply = command("DBSIZE");
    if (!reply.startsWith(":")) {
      throw new IOException("unexpected DBSIZE reply " + reply);
    }
    return Long.parseLong(reply.substring(1));
  }

  private String command(String name) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("*1\r\n$" + name.length() + "\r\n" + name + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
