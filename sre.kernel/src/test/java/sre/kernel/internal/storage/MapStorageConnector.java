package sre.kernel.internal.storage;

import static java.util.concurrent.CompletableFuture.completedFuture;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import sre.api.storage.StorageConnector;
import sre.api.storage.StoredObject;

/** A map-backed connector, to test the kernel's policy in isolation from any backend. */
final class MapStorageConnector implements StorageConnector {
  final Map<String, StoredObject> objects = new ConcurrentSkipListMap<>();

  @Override
  public CompletionStage<Optional<StoredObject>> read(String id) {
    return completedFuture(Optional.ofNullable(objects.get(id)));
  }

  @Override
  public CompletionStage<Void> write(String id, byte[] data, Map<String, String> metadata) {
    objects.put(id, new StoredObject(data, metadata));
    return completedFuture(null);
  }

  @Override
  public CompletionStage<Void> delete(String id) {
    objects.remove(id);
    return completedFuture(null);
  }

  @Override
  public CompletionStage<Boolean> exists(String id) {
    return completedFuture(objects.containsKey(id));
  }

  @Override
  public CompletionStage<Optional<Map<String, String>>> getMetadata(String id) {
    return completedFuture(Optional.ofNullable(objects.get(id)).map(StoredObject::metadata));
  }

  @Override
  public CompletionStage<Void> setMetadata(String id, Map<String, String> metadata) {
    StoredObject o = objects.get(id);
    if (o == null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("missing " + id));
    }
    objects.put(id, new StoredObject(o.data(), metadata));
    return completedFuture(null);
  }

  @Override
  public CompletionStage<List<String>> list(String prefix) {
    return completedFuture(objects.keySet().stream().filter(k -> k.startsWith(prefix)).toList());
  }
}
