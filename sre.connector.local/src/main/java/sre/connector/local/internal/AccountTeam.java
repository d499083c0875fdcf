package sre.connector.local.internal;

import java.util.Map;
import java.util.Set;

/** One team of the accounts file: its users, its agents and its settings. */
record AccountTeam(Set<String> users, Set<String> agents, Map<String, String> settings) {

  AccountTeam {
    users = Set.copyOf(users);
    agents = Set.copyOf(agents);
    settings = Map.copyOf(settings);
  }
}
