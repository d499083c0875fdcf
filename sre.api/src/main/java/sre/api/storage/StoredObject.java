package sre.api.storage;

import java.util.Map;
import java.util.Objects;

/** An object as a {@link StorageConnector} returns it: bytes plus raw metadata (ACL included). */
public record StoredObject(byte[] data, Map<String, String> metadata) {
  public StoredObject {
    Objects.requireNonNull(data, "data");
    metadata = Map.copyOf(metadata);
  }
}
