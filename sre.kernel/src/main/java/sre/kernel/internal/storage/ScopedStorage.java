package sre.kernel.internal.storage;

import static java.util.concurrent.CompletableFuture.completedFuture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.api.security.Acl;
import sre.api.storage.StorageConnector;
import sre.api.storage.StorageRequester;
import sre.kernel.internal.security.AccessGuard;
import sre.kernel.internal.security.ResourceIds;
import sre.kernel.internal.security.StoredAcl;
import sre.kernel.internal.select.ConnectorIo;

/** Storage calls of one candidate: every operation is checked before the connector acts on it. */
final class ScopedStorage implements StorageRequester {
  private final AccessCandidate candidate;
  private final AccessGuard guard;
  private final ConnectorIo<StorageConnector> io;

  ScopedStorage(AccessCandidate candidate, AccessGuard guard, ConnectorIo<StorageConnector> io) {
    this.candidate = candidate;
    this.guard = guard;
    this.io = io;
  }

  @Override
  public CompletionStage<Optional<byte[]>> read(String id) {
    return ResourceIds.validated(
        id,
        () ->
            io.call(c -> c.read(id))
                .thenCompose(
                    found ->
                        found.isEmpty()
                            ? completedFuture(Optional.<byte[]>empty())
                            : guard
                                .check(
                                    candidate.read(id),
                                    StoredAcl.of(Optional.of(found.get().metadata())),
                                    true)
                                .thenApply(v -> Optional.of(found.get().data()))));
  }

  @Override
  public CompletionStage<Void> write(
      String id, byte[] data, Acl acl, Map<String, String> metadata) {
    return ResourceIds.validated(
        id,
        () ->
            storedMetadata(id)
                .thenCompose(
                    existing -> {
                      if (existing.isEmpty() && candidate.role() == AccessRole.PUBLIC) {
                        // Anonymous callers may update what public entries allow, never create.
                        return CompletableFuture.failedFuture(
                            new AccessDeniedException(candidate.write(id)));
                      }
                      Acl current = StoredAcl.of(existing);
                      return guard
                          .check(candidate.write(id), current, existing.isPresent())
                          .thenCompose(
                              v -> {
                                Acl next = StoredAcl.withOwner(current, acl, candidate);
                                return io.call(
                                    c -> c.write(id, data, StoredAcl.attach(metadata, next)));
                              });
                    }));
  }

  @Override
  public CompletionStage<Void> delete(String id) {
    // Checked as a write (SRE checked deletes as reads).
    return ResourceIds.validated(
        id,
        () ->
            storedMetadata(id)
                .thenCompose(
                    existing ->
                        existing.isEmpty()
                            ? completedFuture(null)
                            : guard
                                .check(candidate.write(id), StoredAcl.of(existing), true)
                                .thenCompose(v -> io.call(c -> c.delete(id)))));
  }

  @Override
  public CompletionStage<Boolean> exists(String id) {
    return ResourceIds.validated(
        id,
        () ->
            storedMetadata(id)
                .thenCompose(
                    existing ->
                        existing.isEmpty()
                            ? completedFuture(false)
                            : guard
                                .check(candidate.read(id), StoredAcl.of(existing), true)
                                .thenApply(v -> true)));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String id) {
    return ResourceIds.validated(id, () -> readable(id).thenApply(md -> md.map(StoredAcl::strip)));
  }

  @Override
  public CompletionStage<Void> setMetadata(String id, Map<String, String> metadata) {
    return ResourceIds.validated(
        id,
        () ->
            storedMetadata(id)
                .thenCompose(
                    existing -> {
                      if (existing.isEmpty()) {
                        return CompletableFuture.failedFuture(
                            new IllegalArgumentException("No such resource: " + id));
                      }
                      Acl acl = StoredAcl.of(existing);
                      return guard
                          .check(candidate.write(id), acl, true)
                          .thenCompose(
                              v -> {
                                Map<String, String> merged =
                                    new java.util.HashMap<>(existing.get());
                                merged.putAll(metadata);
                                return io.call(
                                    c -> c.setMetadata(id, StoredAcl.attach(merged, acl)));
                              });
                    }));
  }

  @Override
  public CompletionStage<Optional<Acl>> getAcl(String id) {
    return ResourceIds.validated(
        id, () -> readable(id).thenApply(md -> md.map(m -> StoredAcl.of(Optional.of(m)))));
  }

  @Override
  public CompletionStage<Void> setAcl(String id, Acl acl) {
    return ResourceIds.validated(
        id,
        () ->
            storedMetadata(id)
                .thenCompose(
                    existing -> {
                      if (existing.isEmpty()) {
                        return CompletableFuture.failedFuture(
                            new IllegalArgumentException("No such resource: " + id));
                      }
                      return guard
                          .check(candidate.owner(id), StoredAcl.of(existing), true)
                          .thenCompose(
                              v -> {
                                Acl next = StoredAcl.withOwner(Acl.empty(), acl, candidate);
                                return io.call(
                                    c -> c.setMetadata(id, StoredAcl.attach(existing.get(), next)));
                              });
                    }));
  }

  @Override
  public CompletionStage<List<String>> list(String prefix) {
    // Listing is filtered by read access (SRE did not check listings).
    return io.call(c -> c.list(prefix))
        .thenCompose(
            ids -> {
              List<CompletableFuture<Optional<String>>> checks = new ArrayList<>();
              for (String id : ids) {
                checks.add(
                    readable(id)
                        .handle(
                            (md, e) ->
                                e == null && md.isPresent()
                                    ? Optional.of(id)
                                    : Optional.<String>empty())
                        .toCompletableFuture());
              }
              return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new))
                  .thenApply(
                      v ->
                          checks.stream()
                              .map(CompletableFuture::join)
                              .flatMap(Optional::stream)
                              .toList());
            });
  }

  private CompletionStage<Optional<Map<String, String>>> storedMetadata(String id) {
    return io.call(c -> c.getMetadata(id));
  }

  /** Stored metadata when the object exists and the candidate may read it. */
  private CompletionStage<Optional<Map<String, String>>> readable(String id) {
    return storedMetadata(id)
        .thenCompose(
            existing ->
                existing.isEmpty()
                    ? completedFuture(existing)
                    : guard
                        .check(candidate.read(id), StoredAcl.of(existing), true)
                        .thenApply(v -> existing));
  }
}
