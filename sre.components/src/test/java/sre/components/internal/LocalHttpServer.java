package sre.components.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP server for component tests: records the last request exactly as received and
 * answers with a canned status, content type and body.
 */
final class LocalHttpServer implements AutoCloseable {
  /** One received request; header names lower-cased, first value only. */
  record Received(
      String method, String path, String query, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
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

  Received last() {
    return last.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    byte[] body = exchange.getRequestBody().readAllBytes();
    last.set(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            headers,
            body));
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.getResponseHeaders().add("X-Test", "yes");
    exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
