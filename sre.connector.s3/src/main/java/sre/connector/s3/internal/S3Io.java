package sre.connector.s3.internal;

import java.io.IOException;
import java.net.URI;
import java.util.NoSuchElementException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import sre.api.vault.Vault;

/**
 * The S3 client of one connector instance and the small bounded pool its blocking requests run on,
 * so a caller's thread never waits for S3. Failures reach the caller as {@link
 * S3UnavailableException}s that name endpoint, bucket and operation.
 */
final class S3Io implements AutoCloseable {
  /** How long closing waits for requests already running. */
  private static final long DRAIN_SECONDS = 10;

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final S3Settings settings;
  private final S3Client client;
  private final ThreadPoolExecutor pool;

  S3Io(S3Settings settings, Supplier<Vault> vault) {
    this.settings = settings;
    this.client = withBundleClassLoader(() -> build(settings, credentials(settings, vault)));
    this.pool =
        new ThreadPoolExecutor(
            settings.ioThreads(),
            settings.ioThreads(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.queueSize()),
            threadFactory(settings.bucket()));
    pool.allowCoreThreadTimeOut(true);
  }

  S3Settings settings() {
    return settings;
  }

  String bucket() {
    return settings.bucket();
  }

  /**
   * Runs a blocking request on the pool. When the bucket is missing and {@code create.bucket} is
   * on, creates it and runs the request once more.
   */
  <T> CompletionStage<T> call(String operation, Function<S3Client, T> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      pool.execute(
          () -> {
            try {
              result.complete(withBundleClassLoader(() -> runCreatingBucket(request)));
            } catch (RuntimeException | Error e) {
              result.completeExceptionally(explain(operation, e));
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(
          new S3UnavailableException(
              "S3 "
                  + operation
                  + " at "
                  + settings.location()
                  + " not started: "
                  + (pool.isShutdown() ? "the connector is stopped" : "too many calls queued"),
              e));
    }
    return result;
  }

  private <T> T runCreatingBucket(Function<S3Client, T> request) {
    try {
      return request.apply(client);
    } catch (NoSuchBucketException missing) {
      if (!settings.createBucket()) {
        throw missing;
      }
      try {
        client.createBucket(b -> b.bucket(settings.bucket()));
        logger.info("Created bucket {}", settings.location());
      } catch (BucketAlreadyOwnedByYouException raced) {
        // Another call created it first: fine.
      }
      return request.apply(client);
    }
  }

  private Throwable explain(String operation, Throwable error) {
    if (error instanceof NoSuchElementException
        || error instanceof IllegalArgumentException
        || error instanceof S3UnavailableException) {
      return error;
    }
    String what = "S3 " + operation + " at " + settings.location();
    if (error instanceof S3Exception s3) {
      String code = s3.awsErrorDetails() == null ? "" : " " + s3.awsErrorDetails().errorCode();
      return new S3UnavailableException(
          what + " was refused: HTTP " + s3.statusCode() + code, error);
    }
    if (error instanceof SdkClientException && causedByIo(error)) {
      return new S3UnavailableException(
          what + " failed, S3 is unreachable: " + error.getMessage(), error);
    }
    return new S3UnavailableException(what + " failed: " + error, error);
  }

  private static boolean causedByIo(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static S3Client build(S3Settings settings, AwsCredentialsProvider credentials) {
    var builder =
        S3Client.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(settings.connectTimeout())
                    .socketTimeout(settings.requestTimeout())
                    .build())
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials)
            .forcePathStyle(settings.pathStyle())
            .overrideConfiguration(
                o ->
                    o.apiCallAttemptTimeout(settings.requestTimeout())
                        .retryStrategy(r -> r.maxAttempts(settings.maxAttempts())));
    if (!settings.endpoint().isEmpty()) {
      builder.endpointOverride(URI.create(settings.endpoint()));
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(S3Settings settings, Supplier<Vault> vault) {
    return settings.accessKeyId().isEmpty()
        ? DefaultCredentialsProvider.builder().build()
        : new SecretKeySource(settings, vault);
  }

  /** The SDK finds its parts through the context class loader (TOOLCHAIN §5): this bundle's. */
  private static <T> T withBundleClassLoader(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(S3Io.class.getClassLoader());
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static ThreadFactory threadFactory(String bucket) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "sre-s3-" + bucket + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Lets running and queued requests finish (bounded), then closes the client. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
        logger.warn(
            "S3 connector for {} stopped with {} requests not done",
            settings.location(),
            pool.shutdownNow().size());
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
    client.close();
  }
}
