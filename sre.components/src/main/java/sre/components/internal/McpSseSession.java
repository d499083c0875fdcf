package sre.components.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import sre.api.component.support.Json;

/**
 * An MCP client session over the legacy HTTP+SSE transport (protocol 2024-11-05): a {@code GET}
 * opens an event stream whose first {@code endpoint} event names where to POST JSON-RPC messages;
 * the answers come back as {@code message} events on that stream, matched to their requests by id.
 * The stream is read as it arrives (no thread waits on it) and closed by {@link #close()}.
 */
final class McpSseSession implements McpConnection {
  static final String PROTOCOL_VERSION = "2024-11-05";

  private final HttpClients clients;
  private final URI streamUrl;
  private final Duration timeout;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();
  private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;

  private McpSseSession(HttpClients clients, String url, Duration timeout) {
    this.clients = clients;
    this.streamUrl = URI.create(url);
    this.timeout = timeout;
  }

  /** Opens the stream, waits for its endpoint, then {@code initialize} and {@code initialized}. */
  static CompletionStage<McpConnection> open(HttpClients clients, String url, Duration timeout) {
    McpSseSession session = new McpSseSession(clients, url, timeout);
    session.connect();
    return session
        .endpoint
        .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .thenCompose(e -> session.request("initialize", McpMessages.initialize(PROTOCOL_VERSION)))
        .thenCompose(
            result -> session.post(McpMessages.of(null, "notifications/initialized", null)))
        .<McpConnection>thenApply(v -> session)
        .whenComplete(
            (s, error) -> {
              if (error != null) {
                session.close();
              }
            });
  }

  @Override
  public CompletionStage<Object> request(String method, Object params) {
    int id = ids.incrementAndGet();
    CompletableFuture<Object> answer = new CompletableFuture<>();
    pending.put(id, answer);
    answer.whenComplete((v, e) -> pending.remove(id));
    post(McpMessages.of(id, method, params))
        .whenComplete(
            (v, error) -> {
              if (error != null) {
                answer.completeExceptionally(error);
              }
            });
    return answer.orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    McpSession.McpException gone = new McpSession.McpException(0, "The MCP event stream closed");
    endpoint.completeExceptionally(gone);
    pending.values().forEach(f -> f.completeExceptionally(gone));
  }

  private void connect() {
    HttpRequest request =
        HttpRequest.newBuilder(streamUrl).header("accept", "text/event-stream").GET().build();
    clients
        .client()
        .sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Events()))
        .whenComplete(
            (response, error) -> {
              String why =
                  error != null
                      ? "The MCP event stream failed: " + error.getMessage()
                      : "The MCP event stream ended (HTTP " + response.statusCode() + ")";
              McpSession.McpException ended =
                  new McpSession.McpException(response == null ? 0 : response.statusCode(), why);
              endpoint.completeExceptionally(ended);
              pending.values().forEach(f -> f.completeExceptionally(ended));
            });
  }

  private CompletionStage<Void> post(Map<String, Object> message) {
    URI target = endpoint.getNow(null);
    if (target == null || closed) {
      return CompletableFuture.failedFuture(
          new McpSession.McpException(0, "The MCP session is not open"));
    }
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(timeout)
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.stringify(message)))
            .build();
    return clients
        .client()
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(
            response -> {
              if (response.statusCode() >= 400) {
                throw new McpSession.McpException(
                    response.statusCode(),
                    "Error POSTing to endpoint (HTTP "
                        + response.statusCode()
                        + "): "
                        + response.body());
              }
              return null;
            });
  }

  /** One event of the stream: its name (default {@code message}) and its data lines. */
  private void dispatch(String event, String data) {
    if (event.equals("endpoint")) {
      endpoint.complete(streamUrl.resolve(data.strip()));
      return;
    }
    if (!event.equals("message") || data.isEmpty()) {
      return;
    }
    Object message = Json.parseLenient(data);
    Integer id = McpMessages.answeredId(message);
    CompletableFuture<Object> waiting = id == null ? null : pending.get(id);
    if (waiting == null) {
      return;
    }
    try {
      waiting.complete(McpMessages.result((Map<?, ?>) message));
    } catch (McpSession.McpException e) {
      waiting.completeExceptionally(e);
    }
  }

  /** Reads the stream as it arrives, handing each complete event on. */
  private final class Events implements Flow.Subscriber<String> {
    private final SseLineReader reader = new SseLineReader(McpSseSession.this::dispatch);

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (closed) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(String line) {
      reader.line(line);
    }

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }
}
