package sre.kernel.internal.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Validation of resource ids and keys before they reach a connector. */
public final class ResourceIds {
  private ResourceIds() {}

  /** Rejects blank ids, control characters and {@code ..} segments (path traversal). */
  public static String check(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Resource id must not be blank");
    }
    if (id.length() > 1024) {
      throw new IllegalArgumentException("Resource id longer than 1024 characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new IllegalArgumentException("Resource id contains a control character");
      }
    }
    for (String segment : id.split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException("Resource id must not contain '..': " + id);
      }
    }
    return id;
  }

  /**
   * Runs {@code call} when {@code id} is valid; otherwise fails the stage (callers get every error
   * through the stage, as from the connector itself).
   */
  public static <T> CompletionStage<T> validated(String id, Supplier<CompletionStage<T>> call) {
    try {
      check(id);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call.get();
  }
}
