package sre.connector.redis.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisCredentialsProvider;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One Redis client and its one connection, shared by every call of a connector instance.
 *
 * <p>Failure policy: a call never waits longer than the command timeout. While Redis is down,
 * Lettuce rejects commands at once ({@link DisconnectedBehavior#REJECT_COMMANDS}) and reconnects by
 * itself in the background; a connection that could not be opened at all (Redis down at start) is
 * retried by the next call. Every failure reaches the caller as a {@link RedisUnavailableException}
 * naming the endpoint.
 */
final class RedisLink implements AutoCloseable {

  /** Gives the password at each connect, so a rotated secret is picked up on reconnect. */
  interface PasswordSource extends Supplier<CompletionStage<String>> {}

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final RedisSettings settings;
  private final String endpoint;
  private final RedisURI uri;
  private final ClientResources resources;
  private final RedisClient client;
  private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, String>>>
      connection = new AtomicReference<>();
  private volatile boolean closed;

  /**
   * @param password where the password comes from; {@code null} when Redis needs none
   */
  RedisLink(RedisSettings settings, PasswordSource password) {
    this.settings = settings;
    this.endpoint = settings.endpoint();
    this.uri = settings.redisUri();
    if (password != null) {
      uri.setCredentialsProvider(credentials(settings.username(), password));
    }
    // Lettuce and netty look up classes through the context class loader (TOOLCHAIN §5): point it
    // at this bundle, which holds Lettuce and imports netty.
    this.resources =
        withBundleClassLoader(
            () ->
                DefaultClientResources.builder()
                    .reconnectDelay(
                        Delay.exponential(
                            Duration.ofMillis(50),
                            settings.reconnectMaxDelay(),
                            2,
                            TimeUnit.MILLISECONDS))
                    .build());
    this.client = withBundleClassLoader(() -> RedisClient.create(resources));
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(
                SocketOptions.builder().connectTimeout(settings.connectTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
            .build());
  }

  String endpoint() {
    return endpoint;
  }

  RedisSettings settings() {
    return settings;
  }

  /**
   * Runs one command (or script) on the shared connection. The stage completes on a Lettuce I/O
   * thread: dependants must not block.
   */
  <T> CompletionStage<T> call(
      String operation,
      Function<RedisAsyncCommands<String, String>, ? extends CompletionStage<T>> command) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletionStage<T> answer;
    try {
      CompletableFuture<StatefulRedisConnection<String, String>> open = connection();
      answer =
          open.isDone() && !open.isCompletedExceptionally()
              ? command.apply(open.getNow(null).async())
              : open.thenCompose(c -> command.apply(c.async()));
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    answer.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(explain(operation, error));
          }
        });
    return result;
  }

  /** The open (or opening) connection; a failed attempt is replaced by a new one. */
  private CompletableFuture<StatefulRedisConnection<String, String>> connection() {
    while (true) {
      CompletableFuture<StatefulRedisConnection<String, String>> current = connection.get();
      if (current != null && !current.isCompletedExceptionally()) {
        return current;
      }
      if (closed) {
        return CompletableFuture.failedFuture(
            new IllegalStateException("The Redis connector for " + endpoint + " is stopped"));
      }
      CompletableFuture<StatefulRedisConnection<String, String>> next = new CompletableFuture<>();
      if (connection.compareAndSet(current, next)) {
        open(next);
        return next;
      }
    }
  }

  private void open(CompletableFuture<StatefulRedisConnection<String, String>> target) {
    withBundleClassLoader(() -> client.connectAsync(StringCodec.UTF8, uri))
        .whenComplete(
            (opened, error) -> {
              if (error != null) {
                logger.warn("Cannot connect to Redis at {}: {}", endpoint, rootMessage(error));
                target.completeExceptionally(error);
              } else if (closed) {
                opened.closeAsync();
                target.completeExceptionally(new IllegalStateException("stopped"));
              } else {
                logger.info("Connected to Redis at {}", endpoint);
                target.complete(opened);
              }
            });
  }

  /** Turns a Lettuce failure into one message that says where, what and why. */
  private Throwable explain(String operation, Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof NoSuchElementException
        || cause instanceof IllegalArgumentException
        || cause instanceof RedisUnavailableException) {
      return cause;
    }
    String what = "Redis " + operation + " at " + endpoint;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof VaultPassword.MissingPasswordException) {
        return new RedisUnavailableException(what + " cannot log in: " + t.getMessage(), cause);
      }
    }
    if (cause instanceof RedisCommandTimeoutException) {
      return new RedisUnavailableException(
          what + " got no answer within " + settings.commandTimeout().toMillis() + " ms", cause);
    }
    if (cause instanceof RedisCommandExecutionException) {
      return new RedisUnavailableException(what + " was refused: " + cause.getMessage(), cause);
    }
    return new RedisUnavailableException(
        what + " failed, Redis is unreachable: " + rootMessage(cause), cause);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = unwrap(error);
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = unwrap(error).getMessage();
    return root == unwrap(error) || root.getMessage() == null
        ? String.valueOf(message)
        : message + " (" + root.getMessage() + ")";
  }

  private static RedisCredentialsProvider credentials(String username, PasswordSource password) {
    String user = username.isEmpty() ? null : username;
    return () ->
        Mono.defer(() -> Mono.fromCompletionStage(password.get()))
            .map(secret -> RedisCredentials.just(user, secret));
  }

  private static <T> T withBundleClassLoader(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RedisLink.class.getClassLoader());
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Closes the connection and the client; calls still running fail. */
  @Override
  public void close() {
    closed = true;
    CompletableFuture<StatefulRedisConnection<String, String>> current = connection.get();
    if (current != null) {
      current.cancel(false);
      current.thenAccept(StatefulRedisConnection::close);
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
  }
}
