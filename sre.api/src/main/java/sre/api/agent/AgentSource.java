package sre.api.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent definition as stored: its id, the name it is stored under (e.g. the file name), the raw
 * {@code .smyth} JSON text and when it last changed (the engine caches parsed graphs per id and
 * modification time).
 */
public record AgentSource(String id, String name, String json, Instant modified) {
  public AgentSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(modified, "modified");
  }
}
