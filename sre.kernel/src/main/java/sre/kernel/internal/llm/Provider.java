package sre.kernel.internal.llm;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Constants;
import sre.api.connector.ConnectorProperties;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmConnectorProperties;

/**
 * One bound LlmConnector instance and the policy its service properties ask for: provider name,
 * instance id, vault key name, teams served, rate limit.
 */
record Provider(
    LlmConnector connector,
    String name,
    String instanceId,
    int ranking,
    long serviceId,
    String vaultKey,
    Set<String> teams,
    TokenBucket bucket) {

  static Provider of(LlmConnector connector, Map<String, Object> props, long now) {
    double rate = number(props.get(LlmConnectorProperties.RATE_PER_SECOND));
    double burst = number(props.get(LlmConnectorProperties.RATE_BURST));
    return new Provider(
        connector,
        string(props.get(ConnectorProperties.NAME)),
        string(props.get(ConnectorProperties.ID)),
        props.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0,
        props.get(Constants.SERVICE_ID) instanceof Long l ? l : 0,
        string(props.get(LlmConnectorProperties.VAULT_KEY)).trim(),
        strings(props.get(LlmConnectorProperties.TEAMS)),
        rate > 0 ? new TokenBucket(rate, burst > 0 ? burst : rate, now) : null);
  }

  boolean serves(String team) {
    return teams.isEmpty() || teams.contains(team);
  }

  boolean lists(String model) {
    String wanted = model.toLowerCase(Locale.ROOT);
    return connector.models().stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).equals(wanted));
  }

  String describe() {
    return instanceId.isEmpty() ? name : name + "/" + instanceId;
  }

  private static String string(Object v) {
    return v == null ? "" : String.valueOf(v);
  }

  private static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return v == null ? 0 : Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Set<String> strings(Object v) {
    Collection<?> values =
        v instanceof String[] a
            ? Arrays.asList(a)
            : v instanceof Collection<?> c ? c : v == null ? Set.of() : Set.of(v);
    return values.stream()
        .map(String::valueOf)
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
