package sre.connector.lc4j;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Hands langchain4j the per-call {@link ExchangeHttpClient}; the timeouts langchain4j passes are
 * ignored because the connector's configuration already set them.
 */
public final class ExchangeHttpClientBuilder implements HttpClientBuilder {
  private final ExchangeHttpClient client;

  public ExchangeHttpClientBuilder(ExchangeHttpClient client) {
    this.client = client;
  }

  @Override
  public Duration connectTimeout() {
    return null;
  }

  @Override
  public HttpClientBuilder connectTimeout(Duration timeout) {
    return this;
  }

  @Override
  public Duration readTimeout() {
    return null;
  }

  @Override
  public HttpClientBuilder readTimeout(Duration timeout) {
    return this;
  }

  @Override
  public HttpClient build() {
    return client;
  }
}
