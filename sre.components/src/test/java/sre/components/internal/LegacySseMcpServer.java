package sre.components.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import sre.api.component.support.Json;

/**
 * A loopback MCP server that speaks only the legacy HTTP+SSE transport (protocol 2024-11-05):
 * {@code GET /sse} opens an event stream starting with an {@code endpoint} event; JSON-RPC messages
 * are POSTed to {@code /messages?sessionId=...} (202) and answered on the stream. A POST to {@code
 * /sse} (a Streamable HTTP attempt) is 405, as such servers answer.
 */
final class LegacySseMcpServer implements AutoCloseable {
  final List<String> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger streamsOpened = new AtomicInteger();
  final AtomicInteger streamsClosed = new AtomicInteger();
  private final HttpServer server;
  private volatile OutputStream stream;

  LegacySseMcpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/sse", this::sse);
    server.createContext("/messages", this::message);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sse";
  }

  private void sse(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
    if (!exchange.getRequestMethod().equals("GET")) {
      exchange.sendResponseHeaders(405, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    streamsOpened.incrementAndGet();
    stream = exchange.getResponseBody();
    write("event: endpoint\ndata: /messages?sessionId=legacy-1\n\n");
    // keeps the stream open; a heartbeat comment shows when the client has gone
    try {
      while (true) {
        Thread.sleep(50);
        write(": ping\n\n");
      }
    } catch (IOException | InterruptedException gone) {
      streamsClosed.incrementAndGet();
      exchange.close();
    }
  }

  private synchronized void write(String text) throws IOException {
    stream.write(text.getBytes(StandardCharsets.UTF_8));
    stream.flush();
  }

  private void message(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add("POST " + exchange.getRequestURI() + " " + body);
    exchange.sendResponseHeaders(202, -1);
    exchange.close();
    Map<?, ?> message = (Map<?, ?>) Json.parse(body);
    Object id = message.get("id");
    if (id == null) {
      return;
    }
    Object result =
        switch (String.valueOf(message.get("method"))) {
          case "initialize" ->
              Map.of(
                  "protocolVersion", "2024-11-05",
                  "capabilities", Map.of("tools", Map.of()),
                  "serverInfo", Map.of("name", "legacy", "version", "1"));
          case "tools/list" ->
              Map.of(
                  "tools",
                  List.of(
                      Map.of(
                          "name", "weather",
                          "description", "Weather of a city",
                          "inputSchema",
                              Map.of(
                                  "type",
                                  "object",
                                  "properties",
                                  Map.of("city", Map.of("type", "string"))))));
          case "tools/call" -> {
            Map<?, ?> args = (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("arguments");
            yield Map.of(
                "content", List.of(Map.of("type", "text", "text", "Foggy in " + args.get("city"))));
          }
          default -> null;
        };
    String answer =
        Json.stringify(
            result == null
                ? Map.of(
                    "jsonrpc", "2.0", "id", id, "error", Map.of("code", -32601, "message", "no"))
                : Map.of("jsonrpc", "2.0", "id", id, "result", result));
    write("event: message\ndata: " + answer + "\n\n");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
