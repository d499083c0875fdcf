package sre.connector.redis.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/**
 * Metadata as SRE's RedisCache keeps it: one JSON object per key under {@code
 * smyth:metadata:<key>}. The kernel hands over strings only (the ACL already in compact form), so
 * the object's values are strings, stored and returned verbatim.
 */
final class MetadataJson {
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final ObjectMapper mapper = new ObjectMapper();

  String write(Map<String, String> metadata) {
    try {
      return mapper.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Metadata cannot be written as JSON", e);
    }
  }

  /**
   * The stored map; a value that is not a string (written by another client) comes back as its JSON
   * text.
   */
  Map<String, String> read(String json) {
    if (json == null || json.isEmpty()) {
      return Map.of();
    }
    try {
      return mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      try {
        Map<String, Object> loose = mapper.readValue(json, new TypeReference<>() {});
        Map<String, String> text = new HashMap<>();
        for (Map.Entry<String, Object> entry : loose.entrySet()) {
          Object value = entry.getValue();
          text.put(
              entry.getKey(), value instanceof String s ? s : mapper.writeValueAsString(value));
        }
        return text;
      } catch (JsonProcessingException notAnObject) {
        throw new IllegalStateException("Stored metadata is not a JSON object", notAnObject);
      }
    }
  }
}
