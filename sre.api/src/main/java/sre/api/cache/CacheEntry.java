package sre.api.cache;

import java.util.Map;
import java.util.Objects;

/** A value as a {@link CacheConnector} returns it, with its raw metadata (ACL included). */
public record CacheEntry(String value, Map<String, String> metadata) {
  public CacheEntry {
    Objects.requireNonNull(value, "value");
    metadata = Map.copyOf(metadata);
  }
}
