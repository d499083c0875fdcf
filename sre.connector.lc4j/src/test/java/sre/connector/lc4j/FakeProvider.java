package sre.connector.lc4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local server for a provider's wire format: each request is recorded (method, path, query,
 * headers, parsed JSON body) and answered by the next scripted answer; unscripted requests get 500.
 */
public final class FakeProvider implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeProvider.class);

  /** One scripted answer. */
  @FunctionalInterface
  public interface Answer {
    void write(HttpExchange exchange) throws IOException;
  }

  /** One SSE event: its {@code event:} name (null: none) and {@code data:} payload. */
  public record Event(String name, String data) {}

  public record Seen(
      String method, String path, String query, Map<String, List<String>> headers, JsonNode body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  public static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
  public final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();

  public FakeProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          // Path only: the query may hold a key (Google's ?key=), and the log scan checks for it.
          LOG.debug(
              "fake provider got {} {}",
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath());
          seen.add(
              new Seen(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestURI().getRawQuery(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body.length == 0 ? null : JSON.readTree(body)));
          Answer a = answers.poll();
          try {
            if (a == null) {
              send(exchange, 500, "{\"error\":{\"message\":\"no scripted answer\"}}");
            } else {
              a.write(exchange);
            }
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public FakeProvider then(Answer answer) {
    answers.add(answer);
    return this;
  }

  public Seen last() {
    Seen s = null;
    for (Seen x : seen) {
      s = x;
    }
    return s;
  }

  public static Answer json(int status, String body) {
    return exchange -> send(exchange, status, body);
  }

  public static Answer json(int status, String body, String retryAfter) {
    return exchange -> {
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
      send(exchange, status, body);
    };
  }

  /** An SSE answer, the events written and flushed one by one. */
  public static Answer sse(Event... events) {
    return exchange -> {
      OutputStream out = startSse(exchange);
      for (Event e : events) {
        writeEvent(out, e);
      }
    };
  }

  public static OutputStream startSse(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    return exchange.getResponseBody();
  }

  public static void writeEvent(OutputStream out, Event e) throws IOException {
    String text =
        (e.name() == null ? "" : "event: " + e.name() + "\n") + "data: " + e.data() + "\n\n";
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  public static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }
}
