package sre.api.vectordb;

import java.util.Map;
import java.util.Objects;

/** A stored vector: id, values, the text it came from and flat metadata. */
public record VectorRecord(String id, float[] values, String text, Map<String, String> metadata) {
  public VectorRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(values, "values");
    metadata = Map.copyOf(metadata);
  }
}
