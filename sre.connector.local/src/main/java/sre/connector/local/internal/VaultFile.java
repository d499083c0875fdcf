package sre.connector.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads SRE's vault file format {@code { "<teamId>": { "<keyName>": "<value>" } }}. String values
 * are taken as they are; numbers and booleans as their text; objects and arrays (credential
 * records) as compact JSON. {@code $env(VAR)} references are resolved while reading. Error messages
 * name teams and keys, never values.
 */
final class VaultFile {

  private VaultFile() {}

  /** Team id → key name → value, immutable. */
  static Map<String, Map<String, String>> parse(JsonNode root, EnvSubstitution env) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object { \"<teamId>\": { \"<keyName>\": \"<value>\" } } at the top");
    }
    Map<String, Map<String, String>> teams = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> team : root.properties()) {
      if (!team.getValue().isObject()) {
        throw new IllegalArgumentException(
            "team '" + team.getKey() + "' must map to a JSON object of key names to values");
      }
      Map<String, String> secrets = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> secret : team.getValue().properties()) {
        JsonNode value = secret.getValue();
        if (!value.isNull()) {
          String text = value.isContainerNode() ? value.toString() : value.asText();
          secrets.put(secret.getKey(), env.apply(text));
        }
      }
      teams.put(team.getKey(), Map.copyOf(secrets));
    }
    return Map.copyOf(teams);
  }
}
