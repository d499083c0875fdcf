package sre.itest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import sre.api.storage.StorageConnector;
import sre.api.storage.StoredObject;

/**
 * A replacement storage backend registered by the test at run time. It counts the calls that reach
 * it and can hold reads open, to show that a swap lets calls in flight finish.
 */
final class CountingStorageConnector implements StorageConnector {
  final AtomicInteger calls = new AtomicInteger();
  final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

  @Override
  public CompletionStage<Optional<StoredObject>> read(String id) {
    calls.incrementAndGet();
    return gate.thenApply(v -> Optional.ofNullable(objects.get(id)));
  }

  @Override
  public CompletionStage<Void> write(String id, byte[] data, Map<String, String> metadata) {
    calls.incrementAndGet();
    objects.put(id, new StoredObject(data, metadata));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> delete(String id) {
    calls.incrementAndGet();
    objects.remove(id);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Boolean> exists(String id) {
    calls.incrementAndGet();
    return CompletableFuture.completedFuture(objects.containsKey(id));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String id) {
    calls.incrementAndGet();
    return CompletableFuture.completedFuture(
        Optional.ofNullable(objects.get(id)).map(StoredObject::metadata));
  }

  @Override
  public CompletionStage<Void> setMetadata(String id, Map<String, String> metadata) {
    calls.incrementAndGet();
    objects.computeIfPresent(id, (k, o) -> new StoredObject(o.data(), metadata));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<List<String>> list(String prefix) {
    calls.incrementAndGet();
    return CompletableFuture.completedFuture(
        objects.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList());
  }
}
