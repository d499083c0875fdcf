package sre.connector.lc4j;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * langchain4j's HTTP client SPI on the connector instance's shared JDK client, for one call: it
 * registers the exchange with {@link Exchange} (so cancelling aborts it), keeps {@code Retry-After}
 * on errors, and reports a stream that ends without the provider's end marker as cut. Built
 * directly rather than through langchain4j's ServiceLoader lookup, which does not see
 * bundle-private implementations.
 */
public final class ExchangeHttpClient implements HttpClient {
  private static final int MAX_ERROR_BODY = 2_000;

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;
  private final Executor executor;
  private final Predicate<ServerSentEvent> endOfStream;
  private final ThreadLocal<Exchange> current = new ThreadLocal<>();

  public ExchangeHttpClient(
      java.net.http.HttpClient http,
      Duration readTimeout,
      Executor executor,
      Predicate<ServerSentEvent> endOfStream) {
    this.http = http;
    this.readTimeout = readTimeout;
    this.executor = executor;
    this.endOfStream = endOfStream;
  }

  /** Runs {@code call} with {@code exchange} receiving the exchanges it starts. */
  public <T> T within(Exchange exchange, java.util.function.Supplier<T> call) {
    current.set(exchange);
    try {
      return call.get();
    } finally {
      current.remove();
    }
  }

  private Exchange exchange() {
    Exchange e = current.get();
    return e != null ? e : new Exchange();
  }

  /**
   * A synchronous send on the calling (pool) thread: the JDK client's public {@code sendAsync}
   * completes on its executor, one thread hand-off more per call than {@code send}. Cancelling
   * interrupts the sending thread, which makes the JDK client cancel the exchange.
   */
  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    Exchange exchange = exchange();
    HttpResponse<byte[]> response;
    exchange.sending(Thread.currentThread());
    try {
      response = http.send(toJdk(request), BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      if (!exchange.aborted()) {
        Thread.currentThread().interrupt();
      }
      throw new CancellationException("interrupted");
    } catch (IOException e) {
      throw new WrappedIo(e);
    } finally {
      exchange.sent();
    }
    if (!ok(response)) {
      throw error(response, new String(response.body(), StandardCharsets.UTF_8));
    }
    return SuccessfulHttpResponse.builder()
        .statusCode(response.statusCode())
        .headers(response.headers().map())
        .body(new String(response.body(), StandardCharsets.UTF_8))
        .build();
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    CompletableFuture<HttpResponse<InputStream>> pending =
        http.sendAsync(toJdk(request), BodyHandlers.ofInputStream());
    Exchange exchange = exchange();
    exchange.started(pending);
    pending
        .thenAcceptAsync(response -> stream(response, parser, listener, exchange), executor)
        .exceptionally(
            t -> {
              listener.onError(t.getCause() != null ? t.getCause() : t);
              return null;
            });
  }

  private void stream(
      HttpResponse<InputStream> response,
      ServerSentEventParser parser,
      ServerSentEventListener listener,
      Exchange exchange) {
    try (InputStream body = response.body()) {
      if (!ok(response)) {
        listener.onError(error(response, excerpt(body)));
        return;
      }
      exchange.streaming(body);
      listener.onOpen(
          SuccessfulHttpResponse.builder()
              .statusCode(response.statusCode())
              .headers(response.headers().map())
              .build());
      EndTracking tracking = new EndTracking(listener, endOfStream);
      parser.parse(body, tracking);
      if (exchange.aborted()) {
        listener.onError(new CancellationException("cancelled"));
      } else if (!tracking.failed && !tracking.ended) {
        listener.onError(new StreamCutException());
      } else if (!tracking.failed) {
        listener.onClose();
      }
    } catch (IOException e) {
      listener.onError(new WrappedIo(e));
    }
  }

  private java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
    request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    b.method(
        request.method().name(),
        request.body() == null
            ? BodyPublishers.noBody()
            : BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    return b.build();
  }

  private static boolean ok(HttpResponse<?> response) {
    return response.statusCode() / 100 == 2;
  }

  private static ProviderHttpException error(HttpResponse<?> response, String body) {
    String text = body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) : body;
    return new ProviderHttpException(
        response.statusCode(),
        text,
        RetryAfter.parse(
            response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC()));
  }

  private static String excerpt(InputStream body) throws IOException {
    return new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
  }

  /** A stream that closed before the provider's end marker: the answer is incomplete. */
  static final class StreamCutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StreamCutException() {
      super("stream ended before the provider's end marker");
    }
  }

  /** An I/O failure crossing langchain4j's unchecked-only interface. */
  static final class WrappedIo extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrappedIo(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Forwards events, noting the end marker and whether the stream already failed. */
  private static final class EndTracking implements ServerSentEventListener {
    private final ServerSentEventListener delegate;
    private final Predicate<ServerSentEvent> endOfStream;
    volatile boolean ended;
    volatile boolean failed;

    EndTracking(ServerSentEventListener delegate, Predicate<ServerSentEvent> endOfStream) {
      this.delegate = delegate;
      this.endOfStream = endOfStream;
    }

    @Override
    public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
      if (endOfStream.test(event)) {
        ended = true;
      }
      delegate.onEvent(event, context);
    }

    @Override
    public void onEvent(ServerSentEvent event) {
      onEvent(event, null);
    }

    @Override
    public void onError(Throwable throwable) {
      failed = true;
      delegate.onError(new WrappedIo(throwable));
    }
  }
}
