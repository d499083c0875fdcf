package sre.components.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvEntry;
import sre.api.nkv.NkvRequester;
import sre.api.security.Acl;
import sre.api.storage.Storage;
import sre.api.storage.StorageRequester;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

/** In-memory Storage, Vault and NKV services for unit tests. */
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

  /** An NKV whose entries land in {@code entries} under {@code <namespace>|<key>}. */
  static Nkv nkv(Map<String, String> entries) {
    return candidate -> new MapNkv(entries);
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

  private record MapNkv(Map<String, String> entries) implements NkvRequester {
    @Override
    public CompletionStage<Optional<String>> get(String ns, String key) {
      return CompletableFuture.completedFuture(Optional.ofNullable(entries.get(ns + "|" + key)));
    }

    @Override
    public CompletionStage<Void> set(String ns, String key, String value) {
      entries.put(ns + "|" + key, value);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> delete(String ns, String key) {
      entries.remove(ns + "|" + key);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Boolean> exists(String ns, String key) {
      return CompletableFuture.completedFuture(entries.containsKey(ns + "|" + key));
    }

    @Override
    public CompletionStage<List<NkvEntry>> list(String ns) {
      String prefix = ns + "|";
      return CompletableFuture.completedFuture(
          entries.entrySet().stream()
              .filter(e -> e.getKey().startsWith(prefix))
              .map(e -> new NkvEntry(e.getKey().substring(prefix.length()), e.getValue()))
              .sorted(java.util.Comparator.comparing(NkvEntry::key))
              .toList());
    }

    @Override
    public CompletionStage<Void> deleteAll(String ns) {
      entries.keySet().removeIf(k -> k.startsWith(ns + "|"));
      return CompletableFuture.completedFuture(null);
    }
  }
}
