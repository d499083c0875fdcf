package sre.connector.openai.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.connector.ConnectorProperties;
import sre.api.llm.LlmConnector;
import sre.api.llm.LlmConnectorProperties;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;
import sre.kernel.internal.llm.LlmConfig;
import sre.kernel.internal.llm.LlmService;
import sre.kernel.internal.llm.ModelRegistry;
import sre.kernel.internal.llm.UsageLedger;

/**
 * The kernel's LLM service wired as DS wires it (constructor, bind method, field injection of the
 * optional Vault), on one OpenAI connector, with a one-team in-memory vault.
 */
final class KernelWiring {
  final UsageLedger ledger = new UsageLedger();
  final LlmService service;

  KernelWiring(LlmConnector connector, Map<String, Object> llmConfig, Map<String, String> vault) {
    service = new LlmService(config(llmConfig), new ModelRegistry(), ledger);
    Map<String, Object> props = new HashMap<>();
    props.put(ConnectorProperties.NAME, "OpenAI");
    props.put(ConnectorProperties.ID, "local");
    props.put("service.id", 1L);
    props.put(LlmConnectorProperties.VAULT_KEY, "openai");
    bind(connector, props);
    inject("vault", vaultOf(vault));
  }

  private void bind(LlmConnector connector, Map<String, Object> props) {
    try {
      var m = LlmService.class.getDeclaredMethod("bindConnector", LlmConnector.class, Map.class);
      m.setAccessible(true);
      m.invoke(service, connector, props);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void inject(String field, Object value) {
    try {
      Field f = LlmService.class.getDeclaredField(field);
      f.setAccessible(true);
      f.set(service, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LlmConfig config(Map<String, Object> values) {
    return (LlmConfig)
        Proxy.newProxyInstance(
            LlmConfig.class.getClassLoader(),
            new Class<?>[] {LlmConfig.class},
            (p, m, a) ->
                m.getName().equals("annotationType")
                    ? LlmConfig.class
                    : values.getOrDefault(m.getName(), m.getDefaultValue()));
  }

  /** Keys of team {@code default} (no Account service: every candidate is in it). */
  private static Vault vaultOf(Map<String, String> keys) {
    return candidate ->
        new VaultRequester() {
          @Override
          public CompletionStage<Optional<String>> get(String keyName) {
            return CompletableFuture.completedFuture(Optional.ofNullable(keys.get(keyName)));
          }

          @Override
          public CompletionStage<Boolean> exists(String keyName) {
            return CompletableFuture.completedFuture(keys.containsKey(keyName));
          }

          @Override
          public CompletionStage<List<String>> listKeys() {
            return CompletableFuture.completedFuture(List.copyOf(keys.keySet()));
          }
        };
  }
}
