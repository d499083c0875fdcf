package sre.components.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.security.Acl;
import sre.api.storage.Storage;
import sre.api.storage.StorageRequester;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

/** In-memory Storage and Vault services for unit tests. */
final class TestServices {
  private TestServices() {}

  /** A vault holding {@code keys} for every candidate. */
  static Vault vault(Map<String, String> keys) {
    return candidate ->
        new VaultRequester() {
          @Override
          public CompletionStage<Optional<String>> get(String keyName) {
            return CompletableFuture.completedFuture(Optional.ofNullable(keys.get(keyName)));
          }

          @Override
          public CompletionStage<Boolean> exists(String keyName) {
            return CompletableFuture.completedFuture(keys.containsKey(keyName));
          }

          @Override
          public CompletionStage<List<String>> listKeys() {
            return CompletableFuture.completedFuture(List.copyOf(keys.keySet()));
          }
        };
  }

  /** A storage whose written objects land in {@code files} by resource id. */
  static Storage storage(Map<String, byte[]> files) {
    return candidate -> new MapStorage(files);
  }

  static Map<String, byte[]> files() {
    return new ConcurrentHashMap<>();
  }

  private record MapStorage(Map<String, byte[]> files) implements StorageRequester {
    @Override
    public CompletionStage<Optional<byte[]>> read(String id) {
      return CompletableFuture.completedFuture(Optional.ofNullable(files.get(id)));
    }

    @Override
    public CompletionStage<Void> write(
        String id, byte[] data, Acl acl, Map<String, String> metadata) {
      files.put(id, data);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> delete(String id) {
      files.remove(id);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Boolean> exists(String id) {
      return CompletableFuture.completedFuture(files.containsKey(id));
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
      return CompletableFuture.completedFuture(List.copyOf(files.keySet()));
    }
  }
}
