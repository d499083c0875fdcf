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
  private final AclMemo memo;

  ScopedCache(
      AccessCandidate candidate, AccessGuard guard, ConnectorIo<CacheConnector> io, AclMemo memo) {
    this.candidate = candidate;
    this.guard = guard;
    this.io = io;
    this.memo = memo;
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
        () -> {
          String known = memo.get(key);
          if (known == null) {
            return checkedSet(key, value, acl, metadata, ttlSeconds);
          }
          // One round trip: check against the ACL seen last, write only if it is still stored.
          Acl current = StoredAcl.of(Optional.of(Map.of(StoredAcl.KEY, known)));
          return guard
              .check(candidate.write(key), current, true)
              .thenCompose(v -> write(key, value, acl, metadata, ttlSeconds, current, known))
              .handle(
                  (written, error) ->
                      error == null && written
                          ? completedFuture((Void) null)
                          : checkedSet(key, value, acl, metadata, ttlSeconds))
              .thenCompose(stage -> stage);
        });
  }

  /**
   * Reads the stored ACL, checks the write against it, then writes (as before the memo existed: a
   * concurrent writer between the read and the write is not detected; the last write wins).
   */
  private CompletionStage<Void> checkedSet(
      String key, String value, Acl acl, Map<String, String> metadata, long ttlSeconds) {
    return stored(key)
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
                        Map<String, String> stored =
                            StoredAcl.attach(
                                metadata, StoredAcl.withOwner(current, acl, candidate));
                        return io.call(c -> c.set(key, value, stored, ttlSeconds))
                            .thenRun(() -> memo.put(key, stored.get(StoredAcl.KEY)));
                      });
            });
  }

  /**
   * Writes with the writer added as owner, if the stored ACL is still {@code expected}; remembers
   * the ACL written (forgets the key when nothing was).
   */
  private CompletionStage<Boolean> write(
      String key,
      String value,
      Acl extra,
      Map<String, String> metadata,
      long ttlSeconds,
      Acl current,
      String expected) {
    Map<String, String> stored =
        StoredAcl.attach(metadata, StoredAcl.withOwner(current, extra, candidate));
    return io.call(c -> c.setIfAcl(key, value, stored, ttlSeconds, expected))
        .thenApply(
            written -> {
              memo.put(key, written ? stored.get(StoredAcl.KEY) : null);
              return written;
            });
  }

  @Override
  public CompletionStage<Void> delete(String key) {
    return ResourceIds.validated(
        key,
        () ->
            ifPermitted(
                key,
                candidate.write(key),
                null,
                m -> {
                  memo.forget(key);
                  return io.call(c -> c.delete(key));
                }));
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
                  memo.forget(key);
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
