package sre.connector.vault.hashicorp.internal;

import java.util.Map;

/** One team's keys and values as read from Vault. toString names the keys only. */
record TeamSecrets(Map<String, String> values) {
  static final TeamSecrets NONE = new TeamSecrets(Map.of());

  TeamSecrets {
    values = Map.copyOf(values);
  }

  @Override
  public String toString() {
    return "TeamSecrets" + values.keySet();
  }
}
