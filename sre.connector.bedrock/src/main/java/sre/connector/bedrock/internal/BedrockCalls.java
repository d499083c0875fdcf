package sre.connector.bedrock.internal;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import sre.api.llm.LlmCredentials;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;

/**
 * The blocking bedrock-runtime client of one connector instance and the bounded pool its calls run
 * on, so callers' threads never wait for AWS. The SDK does not retry: the kernel's policy does.
 */
final class BedrockCalls implements AutoCloseable {
  private final BedrockConfig config;
  private final String provider;
  private final UnaryOperator<String> environment;
  private final AbortableHttpClient http;
  private final BedrockRuntimeClient client;
  private final ThreadPoolExecutor pool;

  BedrockCalls(BedrockConfig config, UnaryOperator<String> environment) {
    this.config = config;
    this.provider = config.sre_connector_name();
    this.environment = environment;
    Duration timeout = Duration.ofMillis(Math.max(1, config.read_timeout_ms()));
    this.http =
        new AbortableHttpClient(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(Math.max(1, config.connect_timeout_ms())))
                .socketTimeout(timeout)
                .build());
    this.client = withBundleClassLoader(() -> build(timeout));
    AtomicInteger count = new AtomicInteger();
    int threads = Math.max(1, config.max_concurrent_calls());
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, config.queue_size())),
            task -> {
              Thread thread = new Thread(task, "sre-bedrock-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  private BedrockRuntimeClient build(Duration timeout) {
    var builder =
        BedrockRuntimeClient.builder()
            .httpClient(http)
            .region(Region.of(config.region().trim()))
            .credentialsProvider(defaultCredentials())
            .overrideConfiguration(
                o -> o.apiCallTimeout(timeout).retryStrategy(r -> r.maxAttempts(1)));
    if (!config.endpoint().isBlank()) {
      builder.endpointOverride(URI.create(config.endpoint().trim()));
    }
    return builder.build();
  }

  /** Converse on the pool; cancelling the result aborts the HTTP exchange. */
  CompletableFuture<LlmResponse> converse(LlmRequest request, LlmCredentials credentials) {
    CompletableFuture<LlmResponse> result = new CompletableFuture<>();
    AtomicReference<ExecutableHttpRequest> exchange = new AtomicReference<>();
    result.whenComplete(
        (r, e) -> {
          ExecutableHttpRequest open = exchange.get();
          if (result.isCancelled() && open != null) {
            open.abort();
          }
        });
    try {
      pool.execute(
          () -> {
            if (result.isDone()) {
              return;
            }
            try {
              ConverseRequest.Builder converse = ConverseRequests.from(request, provider);
              if (credentials.isPresent()) {
                converse.overrideConfiguration(o -> o.credentialsProvider(vault(credentials)));
              }
              LlmResponse answer =
                  withBundleClassLoader(
                      () ->
                          http.tracking(
                              exchange,
                              () ->
                                  ConverseResponses.from(
                                      client.converse(converse.build()), provider)));
              result.complete(answer);
            } catch (RuntimeException e) {
              result.completeExceptionally(BedrockFailures.toProvider(provider, e));
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(
          pool.isShutdown()
              ? new LlmProviderException(Kind.CONNECTION, provider + ": the connector is stopped")
              : new LlmProviderException(
                  Kind.RATE_LIMITED, provider + ": too many calls queued at this connector"));
    }
    return result;
  }

  /** The secret the kernel read from the team's vault, paired with the cfg's access key id. */
  private AwsCredentialsProvider vault(LlmCredentials credentials) {
    String id = config.access_key_id().trim();
    if (id.isEmpty()) {
      throw new LlmProviderException(
          Kind.AUTHENTICATION,
          provider
              + ": vault key '"
              + credentials.vaultKey()
              + "' holds a secret access key but access.key.id is not configured");
    }
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(id, credentials.apiKey()));
  }

  /**
   * Without vault credentials: the cfg's access key id with its secret read from the named variable
   * at each signing, or, without an id, the AWS default chain.
   */
  private AwsCredentialsProvider defaultCredentials() {
    String id = config.access_key_id().trim();
    if (id.isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    String variable = config.secret_key_env().trim();
    return () -> {
      String secret = variable.isEmpty() ? null : environment.apply(variable);
      if (secret == null || secret.isBlank()) {
        throw new LlmProviderException(
            Kind.AUTHENTICATION,
            provider
                + ": no secret access key for access.key.id: no vault credentials and variable '"
                + variable
                + "' is not set");
      }
      return AwsBasicCredentials.create(id, secret);
    };
  }

  /** The SDK finds its parts through the context class loader (TOOLCHAIN §5): this bundle's. */
  private static <T> T withBundleClassLoader(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(BedrockCalls.class.getClassLoader());
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Stops the pool (interrupting calls in flight) and closes the client. */
  @Override
  public void close() {
    pool.shutdownNow();
    client.close();
  }
}
