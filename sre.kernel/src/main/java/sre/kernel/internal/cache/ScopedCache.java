package sre.kernel.internal.cache;

import static java.util.concurrent.CompletableFuture.completedFuture;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheRequester;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRequest;
import sre.api.security.AccessRole;
import sre.api.security.Acl;
import sre.kernel.internal.security.AccessGuard;
import sre.kernel.internal.security.ResourceIds;
import sre.kernel.internal.security.StoredAcl;
import sre.kernel.internal.select.ConnectorIo;

/** Cache calls of one candidate; the ACL lives in the entry's metadata. */
final class ScopedCache implements CacheRequester {
  private final AccessCandidate candidate;
  private final AccessGuard guard;
  private final ConnectorIo<CacheConnector> io;

  ScopedCache(AccessCandidate candidate, AccessGuard guard, ConnectorIo<CacheConnector> io) {
    this.candidate = candidate;
    this.guard = guard;
    this.io = io;
  }

  @Override
  public CompletionStage<Optional<String>> get(String key) {
    return ResourceIds.validated(
        key,
        () ->
            io.call(c -> c.get(key))
                .thenCompose(
                    entry ->
                        entry.isEmpty()
                            ? completedFuture(Optional.<String>empty())
                            : guard
                                .check(
                                    candidate.read(key),
                                    StoredAcl.of(Optional.of(entry.get().metadata())),
                                    true)
                                .thenApply(v -> Optional.of(entry.get().value()))));
  }

  @Override
  public CompletionStage<Void> set(
      String key, String value, Acl acl, Map<String, String> metadata, long ttlSeconds) {
    return ResourceIds.validated(
        key,
        () ->
            stored(key)
                .thenCompose(
                    existing -> {
                      if (existing.isEmpty() && candidate.role() == AccessRole.PUBLIC) {
                        return CompletableFuture.failedFuture(
                            new AccessDeniedException(candidate.write(key)));
                      }
                      Acl current = StoredAcl.of(existing);
                      return guard
                          .check(candidate.write(key), current, existing.isPresent())
                          .thenCompose(
                              v -> {
                                Acl next = StoredAcl.withOwner(current, acl, candidate);
                                return io.call(
                                    c ->
                                        c.set(
                                            key,
                                            value,
                                            StoredAcl.attach(metadata, next),
                                            ttlSeconds));
                              });
                    }));
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return ResourceIds.validated(
        key, () -> ifPermitted(key, candidate.write(key), null, m -> io.call(c -> c.delete(key))));
  }

  @Override
  public CompletionStage<Boolean> exists(String key) {
    return ResourceIds.validated(
        key, () -> ifPermitted(key, candidate.read(key), false, m -> completedFuture(true)));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key,
                candidate.read(key),
                Optional.empty(),
                m -> completedFuture(Optional.of(StoredAcl.strip(m)))));
  }

  @Override
  public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key,
                candidate.write(key),
                null,
                m -> {
                  Map<String, String> merged = new HashMap<>(m);
                  merged.putAll(metadata);
                  return io.call(
                      c ->
                          c.setMetadata(
                              key, StoredAcl.attach(merged, StoredAcl.of(Optional.of(m)))));
                }));
  }

  @Override
  public CompletionStage<Void> updateTtl(String key, long ttlSeconds) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key, candidate.write(key), null, m -> io.call(c -> c.expire(key, ttlSeconds))));
  }

  @Override
  public CompletionStage<OptionalLong> getTtl(String key) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key, candidate.read(key), OptionalLong.empty(), m -> io.call(c -> c.ttl(key))));
  }

  @Override
  public CompletionStage<Optional<Acl>> getAcl(String key) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key,
                candidate.read(key),
                Optional.empty(),
                m -> completedFuture(Optional.of(StoredAcl.of(Optional.of(m))))));
  }

  @Override
  public CompletionStage<Void> setAcl(String key, Acl acl) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key,
                candidate.owner(key),
                null,
                m -> {
                  Acl next = StoredAcl.withOwner(Acl.empty(), acl, candidate);
                  return io.call(c -> c.setMetadata(key, StoredAcl.attach(m, next)));
                }));
  }

  private CompletionStage<Optional<Map<String, String>>> stored(String key) {
    return io.call(c -> c.getMetadata(key));
  }

  /**
   * Runs {@code action} with the entry's stored metadata when the entry exists and the request is
   * allowed; answers {@code whenMissing} for a missing entry.
   */
  private <T> CompletionStage<T> ifPermitted(
      String key,
      AccessRequest request,
      T whenMissing,
      java.util.function.Function<Map<String, String>, CompletionStage<T>> action) {
    return stored(key)
        .thenCompose(
            existing ->
                existing.isEmpty()
                    ? completedFuture(whenMissing)
                    : guard
                        .check(request, StoredAcl.of(existing), true)
                        .thenCompose(v -> action.apply(existing.get())));
  }
}
