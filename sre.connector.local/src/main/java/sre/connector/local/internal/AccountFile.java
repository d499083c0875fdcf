package sre.connector.local.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads SRE's account data shape {@code { "<teamId>": { "users": {"<userId>": {...}}, "agents":
 * {"<agentId>": {...}}, "settings": {"<key>": "<value>"} } }}. A user or agent belongs to a team
 * when it is listed there with any value but {@code null} or {@code false} (SRE tests truthiness).
 * Setting values that are not strings are kept as JSON text.
 */
final class AccountFile {

  private AccountFile() {}

  /** Teams in file order (the first team listing a member is its team). */
  static Map<String, AccountTeam> parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object { \"<teamId>\": { \"users\", \"agents\", \"settings\" } }");
    }
    Map<String, AccountTeam> teams = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> team : root.properties()) {
      JsonNode body = team.getValue();
      if (!body.isObject()) {
        throw new IllegalArgumentException("team '" + team.getKey() + "' must be a JSON object");
      }
      teams.put(
          team.getKey(),
          new AccountTeam(
              members(body, "users", team.getKey()),
              members(body, "agents", team.getKey()),
              settings(body, team.getKey())));
    }
    return Collections.unmodifiableMap(teams);
  }

  private static Set<String> members(JsonNode team, String field, String teamId) {
    JsonNode members = objectField(team, field, teamId);
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> member : members.properties()) {
      JsonNode value = member.getValue();
      if (!value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
        ids.add(member.getKey());
      }
    }
    return ids;
  }

  private static Map<String, String> settings(JsonNode team, String teamId) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> setting : objectField(team, "settings", teamId).properties()) {
      JsonNode value = setting.getValue();
      if (!value.isNull()) {
        settings.put(setting.getKey(), value.isTextual() ? value.asText() : value.toString());
      }
    }
    return settings;
  }

  private static JsonNode objectField(JsonNode team, String field, String teamId) {
    JsonNode value = team.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return MissingNode.getInstance();
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException(
          "'" + field + "' of team '" + teamId + "' must be a JSON object");
    }
    return value;
  }
}
