package sre.components.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A loopback HTTP server for component tests: records the last request exactly as received and
 * answers with a canned status, content type and body, or with what a responder computes from the
 * request (for protocols such as MCP's JSON-RPC).
 */
final class LocalHttpServer implements AutoCloseable {
  /** One received request; header names lower-cased, first value only. */
  record Received(
      String method, String path, String query, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A computed answer; {@code headers} are added to the response. */
  record Answer(int status, String contentType, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final AtomicInteger count = new AtomicInteger();
  private volatile Function<Received, Answer> responder;
  private final AtomicReference<Received> last = new AtomicReference<>();
  private volatile int status = 200;
  private volatile String contentType = "application/json";
  private volatile byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);

  LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  LocalHttpServer respond(int code, String type, String body) {
    return respond(code, type, body.getBytes(StandardCharsets.UTF_8));
  }

  LocalHttpServer respond(int code, String type, byte[] body) {
    status = code;
    contentType = type;
    answer = body;
    return this;
  }

  /** Answers every later request with {@code answer}'s result instead of the canned one. */
  LocalHttpServer respond(Function<Received, Answer> answer) {
    responder = answer;
    return this;
  }

  /** How many requests arrived. */
  int count() {
    return count.get();
  }

  Received last() {
    return last.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    byte[] body = exchange.getRequestBody().readAllBytes();
    Received received =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            headers,
            body);
    last.set(received);
    count.incrementAndGet();
    Function<Received, Answer> compute = responder;
    Answer reply =
        compute != null
            ? compute.apply(received)
            : new Answer(status, contentType, Map.of(), new String(answer, StandardCharsets.UTF_8));
    byte[] bytes = compute != null ? reply.body().getBytes(StandardCharsets.UTF_8) : this.answer;
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.getResponseHeaders().add("X-Test", "yes");
    reply.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
