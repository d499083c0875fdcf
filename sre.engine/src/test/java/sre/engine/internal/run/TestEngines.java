package sre.engine.internal.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import sre.api.cache.Cache;
import sre.api.code.Code;
import sre.api.component.Component;
import sre.api.llm.Llm;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;
import sre.api.vault.Vault;
import sre.api.vault.VaultRequester;
import sre.components.internal.AgentPluginComponent;
import sre.components.internal.ApiEndpointComponent;
import sre.components.internal.ApiOutputComponent;
import sre.components.internal.AsyncComponent;
import sre.components.internal.AwaitComponent;
import sre.components.internal.ClassifierComponent;
import sre.components.internal.FEncDecComponent;
import sre.components.internal.FHashComponent;
import sre.components.internal.FSignComponent;
import sre.components.internal.FSleepComponent;
import sre.components.internal.FTimestampComponent;
import sre.components.internal.FileStoreComponent;
import sre.components.internal.ForEachComponent;
import sre.components.internal.GenAILlmComponent;
import sre.components.internal.JsonFilterComponent;
import sre.components.internal.LogicANDComponent;
import sre.components.internal.LogicAtLeastComponent;
import sre.components.internal.LogicAtMostComponent;
import sre.components.internal.LogicORComponent;
import sre.components.internal.LogicXORComponent;
import sre.components.internal.MemoryDeleteKeyValComponent;
import sre.components.internal.MemoryReadKeyValComponent;
import sre.components.internal.MemoryWriteKeyValComponent;
import sre.components.internal.MemoryWriteObjectComponent;
import sre.components.internal.NoteComponent;
import sre.components.internal.PromptGeneratorComponent;

/**
 * Engines wired to the real components, an in-memory vault and the real Code subsystem (kernel
 * CodeService over the Rhino connector), without OSGi.
 */
public final class TestEngines {
  private TestEngines() {}

  public static final Map<String, Component> COMPONENTS =
      Map.ofEntries(
          Map.entry("APIEndpoint", new ApiEndpointComponent()),
          Map.entry("APIOutput", new ApiOutputComponent()),
          Map.entry("JSONFilter", new JsonFilterComponent()),
          Map.entry("LogicAND", new LogicANDComponent()),
          Map.entry("LogicOR", new LogicORComponent()),
          Map.entry("LogicXOR", new LogicXORComponent()),
          Map.entry("LogicAtLeast", new LogicAtLeastComponent()),
          Map.entry("LogicAtMost", new LogicAtMostComponent()),
          Map.entry("FHash", new FHashComponent()),
          Map.entry("FEncDec", new FEncDecComponent()),
          Map.entry("FSign", new FSignComponent()),
          Map.entry("FSleep", new FSleepComponent()),
          Map.entry("FTimestamp", new FTimestampComponent()),
          Map.entry("Note", new NoteComponent()),
          Map.entry("Component", new NoteComponent()),
          Map.entry("ForEach", new ForEachComponent()),
          Map.entry("Async", new AsyncComponent()),
          Map.entry("Await", new AwaitComponent()),
          Map.entry("PromptGenerator", new PromptGeneratorComponent()),
          Map.entry("LLMPrompt", new PromptGeneratorComponent()),
          Map.entry("GenAILLM", new GenAILlmComponent()),
          Map.entry("Classifier", new ClassifierComponent()),
          Map.entry("MemoryWriteKeyVal", new MemoryWriteKeyValComponent()),
          Map.entry("MemoryReadKeyVal", new MemoryReadKeyValComponent()),
          Map.entry("MemoryDeleteKeyVal", new MemoryDeleteKeyValComponent()),
          Map.entry("MemoryWriteObject", new MemoryWriteObjectComponent()),
          Map.entry("FileStore", new FileStoreComponent()),
          Map.entry("AgentPlugin", new AgentPluginComponent()),
          Map.entry("ECMASandbox", new sre.components.internal.EcmaSandboxComponent()),
          Map.entry("VisionLLM", new sre.components.internal.VisionLlmComponent()),
          Map.entry("MultimodalLLM", new sre.components.internal.MultimodalLlmComponent()),
          Map.entry("GPTPlugin", new sre.components.internal.OpenApiPluginComponent()));

  /** An engine with the components above and a vault holding {@code teams → key → value}. */
  public static Engine engine(Map<String, Map<String, String>> vault) {
    return new Engine(services(vault));
  }

  public static EngineServices services(Map<String, Map<String, String>> vault) {
    Vault v = candidate -> requester(vault, candidate);
    Map<Class<?>, Object> services =
        Map.of(
            Vault.class, v,
            Llm.class, new TestLlm(),
            Cache.class, new TestCache(),
            Storage.class, new TestStorage(),
            Code.class, TestCode.RHINO);
    return new EngineServices() {
      @Override
      public Component component(String name) {
        return COMPONENTS.get(name);
      }

      @Override
      public <S> S service(Class<S> type) {
        return type.cast(services.get(type));
      }

      @Override
      public Executor executor() {
        return ForkJoinPool.commonPool();
      }
    };
  }

  private static VaultRequester requester(
      Map<String, Map<String, String>> vault, AccessCandidate candidate) {
    Map<String, String> team = vault.getOrDefault(candidate.id(), Map.of());
    return new VaultRequester() {
      @Override
      public CompletionStage<Optional<String>> get(String keyName) {
        return CompletableFuture.completedFuture(Optional.ofNullable(team.get(keyName)));
      }

      @Override
      public CompletionStage<Boolean> exists(String keyName) {
        return CompletableFuture.completedFuture(team.containsKey(keyName));
      }

      @Override
      public CompletionStage<List<String>> listKeys() {
        return CompletableFuture.completedFuture(team.keySet().stream().sorted().toList());
      }
    };
  }
}
