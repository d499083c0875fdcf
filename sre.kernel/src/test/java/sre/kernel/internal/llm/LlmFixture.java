package sre.kernel.internal.llm;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.account.Account;
import sre.api.connector.ConnectorProperties;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmConnectorProperties;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;

/**
 * An LlmService wired as DS would wire it, on a virtual clock, with an in-memory vault (team → key
 * → value) and agents mapped to teams by the text before the first dash of their id.
 */
final class LlmFixture {
  final VirtualDelays delays = new VirtualDelays();
  final UsageLedger ledger = new UsageLedger(100);
  final ModelRegistry registry = new ModelRegistry();
  final Map<String, Map<String, String>> vault = new HashMap<>();
  final LlmService service;
  private long nextId = 1;

  LlmFixture() {
    this(Map.of());
  }

  LlmFixture(Map<String, Object> config) {
    service = new LlmService(config(config), registry, ledger, delays, () -> 0.5);
    service.vault = vaultOf(vault);
    service.account = account();
  }

  static LlmConfig config(Map<String, Object> values) {
    return (LlmConfig)
        Proxy.newProxyInstance(
            LlmConfig.class.getClassLoader(),
            new Class<?>[] {LlmConfig.class},
            (p, m, a) ->
                m.getName().equals("annotationType")
                    ? LlmConfig.class
                    : values.getOrDefault(m.getName(), m.getDefaultValue()));
  }

  LlmFixture key(String team, String name, String value) {
    vault.computeIfAbsent(team, t -> new HashMap<>()).put(name, value);
    return this;
  }

  /** Binds {@code c} as provider {@code name}, with extra service properties. */
  LlmFixture bind(LlmConnector c, String name, String id, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(extra);
    props.put(ConnectorProperties.NAME, name);
    props.put(ConnectorProperties.ID, id);
    props.put("service.id", nextId++);
    props.putIfAbsent(LlmConnectorProperties.VAULT_KEY, name.toLowerCase(java.util.Locale.ROOT));
    service.bindConnector(c, props);
    return this;
  }

  private static Vault vaultOf(Map<String, Map<String, String>> data) {
    return candidate ->
        new VaultRequester() {
          @Override
          public CompletionStage<Optional<String>> get(String keyName) {
            return CompletableFuture.completedFuture(
                Optional.ofNullable(data.getOrDefault(team(candidate), Map.of()).get(keyName)));
          }

          @Override
          public CompletionStage<Boolean> exists(String keyName) {
            return get(keyName).thenApply(Optional::isPresent);
          }

          @Override
          public CompletionStage<List<String>> listKeys() {
            return CompletableFuture.completedFuture(
                List.copyOf(data.getOrDefault(team(candidate), Map.of()).keySet()));
          }
        };
  }

  static String team(AccessCandidate c) {
    int dash = c.id().indexOf('-');
    return dash < 0 ? "default" : c.id().substring(0, dash);
  }

  private static Account account() {
    return new Account() {
      @Override
      public CompletionStage<String> teamOf(AccessCandidate candidate) {
        return CompletableFuture.completedFuture(team(candidate));
      }

      @Override
      public CompletionStage<Boolean> isTeamMember(String teamId, AccessCandidate candidate) {
        return CompletableFuture.completedFuture(teamId.equals(team(candidate)));
      }

      @Override
      public CompletionStage<Optional<String>> teamSetting(AccessCandidate c, String key) {
        return CompletableFuture.completedFuture(Optional.empty());
      }
    };
  }
}
