package sre.connector.openai.internal;

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
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A local server speaking OpenAI's wire format: each request is recorded (path, headers, parsed
 * JSON body) and answered by the next scripted handler.
 */
final class FakeOpenAi implements AutoCloseable {
  /** One scripted answer. */
  @FunctionalInterface
  interface Answer {
    void write(HttpExchange exchange) throws IOException;
  }

  record Seen(String path, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
  final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
  private volatile Answer always;
  private final boolean record;

  FakeOpenAi() throws IOException {
    this(true);
  }

  /**
   * @param record false for benches: requests are not kept
   */
  FakeOpenAi(boolean record) throws IOException {
    this.record = record;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          if (record) {
            seen.add(
                new Seen(
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body.length == 0 ? null : JSON.readTree(body)));
          }
          Answer a = answers.isEmpty() && always != null ? always : answers.poll();
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

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Answers every request not otherwise scripted. */
  FakeOpenAi always(Answer answer) {
    always = answer;
    return this;
  }

  FakeOpenAi then(Answer answer) {
    answers.add(answer);
    return this;
  }

  Seen last() {
    Seen s = null;
    for (Seen x : seen) {
      s = x;
    }
    return s;
  }

  static Answer json(int status, String body) {
    return exchange -> send(exchange, status, body);
  }

  static Answer json(int status, String body, String retryAfter) {
    return exchange -> {
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
      send(exchange, status, body);
    };
  }

  /** An SSE answer; {@code events} are the data payloads, sent as they are. */
  static Answer sse(String... events) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      for (String e : events) {
        out.write(("data: " + e + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    };
  }

  static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
