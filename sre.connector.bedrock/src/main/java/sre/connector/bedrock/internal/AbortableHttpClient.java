package sre.connector.bedrock.internal;

import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The SDK's blocking HTTP client, with each exchange handed to the call running on this thread, so
 * that cancelling the call can abort its exchange (closing the connection under a blocked read).
 */
final class AbortableHttpClient implements SdkHttpClient {
  /** The exchange slot of the call running on a pool thread; per instance, set around calls. */
  private final ThreadLocal<AtomicReference<ExecutableHttpRequest>> current = new ThreadLocal<>();

  private final SdkHttpClient delegate;

  AbortableHttpClient(SdkHttpClient delegate) {
    this.delegate = delegate;
  }

  /** Runs {@code call} with {@code slot} receiving the exchanges it opens. */
  <T> T tracking(AtomicReference<ExecutableHttpRequest> slot, java.util.function.Supplier<T> call) {
    current.set(slot);
    try {
      return call.get();
    } finally {
      current.remove();
    }
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    ExecutableHttpRequest exchange = delegate.prepareRequest(request);
    AtomicReference<ExecutableHttpRequest> slot = current.get();
    if (slot == null) {
      return exchange;
    }
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws java.io.IOException {
        slot.set(exchange);
        return exchange.call();
      }

      @Override
      public void abort() {
        exchange.abort();
      }
    };
  }

  @Override
  public String clientName() {
    return delegate.clientName();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
