package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.agent.AgentData;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.component.ComponentCall;
import sre.api.component.RunContext;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.llm.LlmMessage;

/**
 * GenAILLM's conversation context (spec §5.3, §6.3): with {@code useSystemPrompt}, the system
 * prompt kept in the agent's LLM cache (Cache key {@code <X-CACHE-ID>:systemPrompt}), else the
 * agent's {@code behavior}; with {@code useContextWindow}, the earlier messages kept there ({@code
 * <X-CACHE-ID>:messages}, a JSON list of {@code {role, content}}), newest first up to {@code
 * maxContextWindowLength} tokens (estimated as {@link ConversationHistory} does).
 */
final class GenAiContext {
  static final String CACHE_ID_HEADER = "x-cache-id";

  /** Without {@code maxContextWindowLength}: what fits a small model's window. */
  static final int DEFAULT_WINDOW_TOKENS = 16_384;

  private GenAiContext() {}

  /** The messages to send before the user's; an empty list when neither option is on. */
  static CompletionStage<List<LlmMessage>> before(ComponentCall call) {
    Map<String, Object> config = call.config();
    boolean useSystem = JsValues.truthy(config.get("useSystemPrompt"));
    boolean useWindow = JsValues.truthy(config.get("useContextWindow"));
    if (!useSystem && !useWindow) {
      return CompletableFuture.completedFuture(List.of());
    }
    RunContext run = call.run();
    Optional<String> cacheId = cacheId(run);
    CacheRequester cache = cacheId.isEmpty() ? null : cache(run);
    CompletionStage<Optional<String>> system =
        !useSystem
            ? CompletableFuture.completedFuture(Optional.empty())
            : read(cache, cacheId, "systemPrompt")
                .thenApply(s -> s.filter(v -> !v.isBlank()).or(() -> behavior(run)));
    CompletionStage<Optional<String>> window =
        useWindow
            ? read(cache, cacheId, "messages")
            : CompletableFuture.completedFuture(Optional.empty());
    return system.thenCombine(
        window,
        (prompt, raw) -> {
          List<LlmMessage> out = new ArrayList<>();
          prompt.ifPresent(p -> out.add(LlmMessage.system(p)));
          for (LlmMessage m : ConversationHistory.trimmed(raw, windowTokens(config))) {
            if (!m.role().equals("system")) {
              out.add(m);
            }
          }
          return out;
        });
  }

  private static CompletionStage<Optional<String>> read(
      CacheRequester cache, Optional<String> cacheId, String key) {
    if (cache == null || cacheId.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return cache.get(cacheId.get() + ":" + key);
  }

  private static Optional<String> cacheId(RunContext run) {
    return run.headers().entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(CACHE_ID_HEADER))
        .map(Map.Entry::getValue)
        .filter(v -> v != null && !v.isBlank())
        .findFirst();
  }

  private static CacheRequester cache(RunContext run) {
    Cache cache = run.service(Cache.class);
    return cache == null ? null : cache.requester(run.candidate());
  }

  /** The running agent's {@code behavior}, from its definition. */
  private static Optional<String> behavior(RunContext run) {
    AgentData agents = run.service(AgentData.class);
    if (agents == null) {
      return Optional.empty();
    }
    return agents
        .find(run.agentId())
        .map(a -> Json.parse(a.json()))
        .filter(Map.class::isInstance)
        .map(root -> ((Map<?, ?>) root).get("behavior"))
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(b -> !b.isBlank());
  }

  private static int windowTokens(Map<String, Object> config) {
    double n = JsValues.toNumber(config.get("maxContextWindowLength"));
    return n > 0 ? (int) n : DEFAULT_WINDOW_TOKENS;
  }
}
