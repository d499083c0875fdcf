package sre.connector.redis.internal;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A Lua script that touches several keys in one atomic step (value and metadata together). Sent by
 * digest; the full text goes only when Redis does not know it yet (first use, after a restart).
 */
final class RedisScript {
  private final String source;
  private final String sha;
  private final ScriptOutputType output;

  RedisScript(String source, ScriptOutputType output) {
    this.source = source;
    this.sha = sha1(source);
    this.output = output;
  }

  <T> CompletionStage<T> run(
      RedisAsyncCommands<String, String> redis, String[] keys, String... args) {
    CompletionStage<T> bySha = redis.evalsha(sha, output, keys, args);
    return bySha
        .handle(
            (value, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(value);
              }
              Throwable cause = error instanceof CompletionException ? error.getCause() : error;
              if (cause instanceof RedisNoScriptException) {
                CompletionStage<T> bySource = redis.eval(source, output, keys, args);
                return bySource;
              }
              return CompletableFuture.<T>failedFuture(cause);
            })
        .thenCompose(stage -> stage);
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
