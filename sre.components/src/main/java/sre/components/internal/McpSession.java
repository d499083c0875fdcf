package sre.components.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import sre.api.component.support.Json;

/**
 * One MCP client session over the Streamable HTTP transport: JSON-RPC 2.0 requests POSTed to the
 * server URL, answered as JSON or as a short {@code text/event-stream}; the {@code Mcp-Session-Id}
 * the server assigns is sent back on every later request. Used for one component run, then dropped.
 */
final class McpSession implements McpConnection {
  static final String PROTOCOL_VERSION = "2025-03-26";

  /** A failure the server reported, or an HTTP status it answered with. */
  static final class McpException extends RuntimeException {
    final int status;

    McpException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final HttpClients clients;
  private final String url;
  private final Duration timeout;
  private final AtomicInteger ids = new AtomicInteger();
  private volatile String sessionId;
  private volatile String protocolVersion;

  private McpSession(HttpClients clients, String url, Duration timeout) {
    this.clients = clients;
    this.url = url;
    this.timeout = timeout;
  }

  /** {@code initialize}, then the {@code notifications/initialized} notification. */
  static CompletionStage<McpSession> open(HttpClients clients, String url, Duration timeout) {
    McpSession session = new McpSession(clients, url, timeout);
    return session
        .request("initialize", McpMessages.initialize(PROTOCOL_VERSION))
        .thenCompose(
            result -> {
              if (result instanceof Map<?, ?> m && m.get("protocolVersion") instanceof String v) {
                session.protocolVersion = v;
              }
              return session.send(McpMessages.of(null, "notifications/initialized", null));
            })
        .thenApply(answer -> session);
  }

  @Override
  public CompletionStage<Object> request(String method, Object params) {
    int id = ids.incrementAndGet();
    return send(McpMessages.of(id, method, params)).thenApply(answer -> result(answer, id));
  }

  private CompletionStage<HttpResponse<String>> send(Map<String, Object> message) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(Json.stringify(message)));
    if (sessionId != null) {
      builder.header("mcp-session-id", sessionId);
    }
    if (protocolVersion != null) {
      builder.header("mcp-protocol-version", protocolVersion);
    }
    return clients
        .client()
        .sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                // the MCP TypeScript SDK's wording
                throw new McpException(
                    response.statusCode(),
                    "Error POSTing to endpoint (HTTP "
                        + response.statusCode()
                        + "): "
                        + response.body());
              }
              response.headers().firstValue("mcp-session-id").ifPresent(v -> sessionId = v);
              return response;
            });
  }

  /** Nothing to close: every exchange is one request and its response. */
  @Override
  public void close() {}

  /** The response to request {@code id}, from a JSON body or from the SSE events. */
  private static Object result(HttpResponse<String> response, int id) {
    String type = response.headers().firstValue("content-type").orElse("");
    List<Object> messages = new ArrayList<>();
    if (type.startsWith("text/event-stream")) {
      SseLineReader.readAll(
          response.body(),
          (event, data) -> {
            if (!data.isEmpty()) {
              messages.add(Json.parseLenient(data));
            }
          });
    } else {
      messages.add(Json.parseLenient(response.body()));
    }
    for (Object message : messages) {
      Integer answered = McpMessages.answeredId(message);
      if (answered != null && answered == id) {
        return McpMessages.result((Map<?, ?>) message);
      }
    }
    throw new McpException(response.statusCode(), "No JSON-RPC response to request " + id);
  }
}
