package sre.engine.internal.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.security.Acl;
import sre.api.storage.Storage;
import sre.api.storage.StorageRequester;

/** In-memory storage without ACLs, for engine tests. */
final class TestStorage implements Storage {
  private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

  @Override
  public StorageRequester requester(sre.api.security.AccessCandidate candidate) {
    return new StorageRequester() {
      @Override
      public CompletionStage<Optional<byte[]>> read(String id) {
        return CompletableFuture.completedFuture(Optional.ofNullable(objects.get(id)));
      }

      @Override
      public CompletionStage<Void> write(
          String id, byte[] data, Acl acl, Map<String, String> metadata) {
        objects.put(id, data.clone());
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<Void> delete(String id) {
        objects.remove(id);
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<Boolean> exists(String id) {
        return CompletableFuture.completedFuture(objects.containsKey(id));
      }

      @Override
      public CompletionStage<Optional<Map<String, String>>> getMetadata(String id) {
        return CompletableFuture.completedFuture(Optional.empty());
      }

      @Override
      public CompletionStage<Void> setMetadata(String id, Map<String, String> metadata) {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<Optional<Acl>> getAcl(String id) {
        return CompletableFuture.completedFuture(Optional.empty());
      }

      @Override
      public CompletionStage<Void> setAcl(String id, Acl acl) {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public CompletionStage<List<String>> list(String prefix) {
        return CompletableFuture.completedFuture(
            objects.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList());
      }
    };
  }
}
