package sre.connector.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Object metadata as SRE's LocalStorage keeps it beside each object: a JSON object of string values
 * (the kernel's compact ACL under {@code acl}). Values that an SRE-written file holds as other JSON
 * types are read back as their JSON text.
 */
final class MetadataJson {

  private final ObjectMapper mapper = new ObjectMapper();

  byte[] write(Map<String, String> metadata) throws IOException {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(metadata));
  }

  Map<String, String> read(byte[] json) throws IOException {
    JsonNode root = mapper.readTree(json);
    if (root == null || root.isMissingNode()) {
      return Map.of();
    }
    if (!root.isObject()) {
      throw new IOException("Metadata is not a JSON object");
    }
    Map<String, String> metadata = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode value = field.getValue();
      metadata.put(field.getKey(), value.isTextual() ? value.asText() : value.toString());
    }
    return Map.copyOf(metadata);
  }
}
