package sre.connector.vault.aws.internal;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The blocking Secrets Manager client of one connector instance and the small bounded pool its
 * requests run on, so a caller's thread never waits for AWS. Failures reach callers as {@link
 * AwsVaultException}s naming the endpoint and the operation.
 */
final class SecretsManagerIo implements AutoCloseable {
  private final SecretsManagerSettings settings;
  private final SecretsManagerClient client;
  private final ThreadPoolExecutor pool;

  SecretsManagerIo(SecretsManagerSettings settings, UnaryOperator<String> environment) {
    this.settings = settings;
    this.client = withBundleClassLoader(() -> build(settings, credentials(settings, environment)));
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread thread = new Thread(task, "sre-secretsmanager-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.pool =
        new ThreadPoolExecutor(
            settings.ioThreads(),
            settings.ioThreads(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.queueSize()),
            threads);
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs a blocking request on the pool; {@code operation} names it in errors. */
  <T> CompletionStage<T> call(String operation, Function<SecretsManagerClient, T> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      pool.execute(
          () -> {
            try {
              result.complete(withBundleClassLoader(() -> request.apply(client)));
            } catch (RuntimeException | Error e) {
              result.completeExceptionally(explain(operation, e));
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(
          new AwsVaultException(
              operation
                  + " at "
                  + settings.location()
                  + " not started: "
                  + (pool.isShutdown() ? "the connector is stopped" : "too many calls queued"),
              e));
    }
    return result;
  }

  private Throwable explain(String operation, Throwable error) {
    String what = operation + " at " + settings.location();
    if (error instanceof AwsServiceException aws) {
      String code = aws.awsErrorDetails() == null ? "" : " " + aws.awsErrorDetails().errorCode();
      return new AwsVaultException(what + " was refused: HTTP " + aws.statusCode() + code, error);
    }
    if (error instanceof SdkClientException && causedByIo(error)) {
      return new AwsVaultException(what + " failed, the endpoint is unreachable", error);
    }
    return new AwsVaultException(what + " failed: " + error.getClass().getSimpleName(), error);
  }

  private static boolean causedByIo(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static SecretsManagerClient build(
      SecretsManagerSettings settings, AwsCredentialsProvider credentials) {
    var builder =
        SecretsManagerClient.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(settings.connectTimeout())
                    .socketTimeout(settings.requestTimeout())
                    .build())
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials)
            .overrideConfiguration(
                o ->
                    o.apiCallAttemptTimeout(settings.requestTimeout())
                        .retryStrategy(r -> r.maxAttempts(settings.maxAttempts())));
    if (!settings.endpoint().isEmpty()) {
      builder.endpointOverride(URI.create(settings.endpoint()));
    }
    return builder.build();
  }

  /** Access key id from the cfg, its secret read from the named variable at each signing. */
  private static AwsCredentialsProvider credentials(
      SecretsManagerSettings settings, UnaryOperator<String> environment) {
    if (settings.accessKeyId().isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    return () -> {
      String secret = environment.apply(settings.secretKeyEnv());
      if (secret == null || secret.isBlank()) {
        throw new IllegalStateException(
            "No AWS secret access key: variable '" + settings.secretKeyEnv() + "' is not set");
      }
      return AwsBasicCredentials.create(settings.accessKeyId(), secret);
    };
  }

  /** The SDK finds its parts through the context class loader (TOOLCHAIN §5): this bundle's. */
  private static <T> T withBundleClassLoader(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(SecretsManagerIo.class.getClassLoader());
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Lets running requests finish (bounded: one request timeout), then closes the client. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      client.close();
    }
  }
}
