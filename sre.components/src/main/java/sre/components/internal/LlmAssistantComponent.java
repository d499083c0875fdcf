package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.cache.Cache;
import sre.api.cache.CacheRequester;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;
import sre.api.llm.LlmMessage;
import sre.api.llm.ModelInfo;
import sre.api.llm.ModelsProvider;

/**
 * LLMAssistant (spec §6.3): a multi-turn chat. The conversation is kept in the Cache service under
 * SRE's key {@code <agent>:conv-u<UserId>-c<ConversationId>} (only when one of the ids is given),
 * the system message is the {@code behavior} template over the inputs.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("LLMAssistant")
public final class LlmAssistantComponent implements sre.api.component.Component {
  /**
   * Used when neither {@code maxTokens} nor the model registry gives a completion limit (SRE asks
   * the model's).
   */
  static final int DEFAULT_MAX_TOKENS = 2048;

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    String model =
        JsValues.truthy(config.get("model")) ? String.valueOf(config.get("model")) : "echo";
    String key = conversationKey(call);
    CacheRequester cache = cache(call);
    if (key != null && cache == null) {
      return Outputs.error("No Cache service available");
    }
    CompletionStage<List<LlmMessage>> history =
        key == null
            ? CompletableFuture.completedFuture(new ArrayList<>())
            : cache
                .get(key)
                .thenApply(raw -> ConversationHistory.trimmed(raw, maxTokens(call, model) / 2));
    Object behaviorTemplate = config.get("behavior");
    String behavior =
        TemplateString.parse(
            behaviorTemplate == null ? "" : String.valueOf(behaviorTemplate), call.inputs());
    boolean stream = JsValues.truthy(config.get("passthrough"));
    return history
        .thenCompose(
            messages -> {
              Object input = call.inputs().get("UserInput");
              messages.add(LlmMessage.user(input == null ? "" : JsValues.toJsString(input)));
              if (!messages.get(0).role().equals("system")) {
                messages.add(0, LlmMessage.system(behavior));
              }
              return LlmInference.prompt(call, model, messages, stream, false)
                  .thenCompose(reply -> answer(reply.content(), messages, key, cache, config));
            })
        .exceptionally(e -> LlmInference.failure(e, model));
  }

  private static CompletionStage<Map<String, Object>> answer(
      String reply,
      List<LlmMessage> messages,
      String key,
      CacheRequester cache,
      Map<String, Object> config) {
    if (reply == null || reply.isEmpty()) {
      return Outputs.error(" LLM Error = Empty Response!");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Response", reply);
    if (key == null) {
      return Outputs.done(out);
    }
    messages.add(LlmMessage.assistant(reply));
    return cache.set(key, ConversationHistory.toJson(messages), ttl(config)).thenApply(v -> out);
  }

  /** SRE's key, with JavaScript's rendering of a missing id ({@code undefined}). */
  static String conversationKey(ComponentCall call) {
    Object user = call.inputs().get("UserId");
    Object conversation = call.inputs().get("ConversationId");
    if (!JsValues.truthy(user) && !JsValues.truthy(conversation)) {
      return null;
    }
    return call.run().agentId()
        + ":conv-u"
        + (user == null ? "undefined" : JsValues.toJsString(user))
        + "-c"
        + (conversation == null ? "undefined" : JsValues.toJsString(conversation));
  }

  private static CacheRequester cache(ComponentCall call) {
    Cache cache = call.run().service(Cache.class);
    return cache == null ? null : cache.requester(call.run().candidate());
  }

  /** {@code maxTokens}, else the model's completion limit from the registry, as SRE takes it. */
  private static int maxTokens(ComponentCall call, String model) {
    double n = JsValues.toNumber(call.config().get("maxTokens"));
    if (n > 0) {
      return (int) n;
    }
    ModelsProvider registry = call.run().service(ModelsProvider.class);
    return registry == null
        ? DEFAULT_MAX_TOKENS
        : registry
            .model(model)
            .map(ModelInfo::maxOutputTokens)
            .filter(limit -> limit > 0)
            .orElse(DEFAULT_MAX_TOKENS);
  }

  /**
   * Seconds the conversation is kept: {@code ttl} from the config, else 3 h. SRE stores it without
   * expiry then; a bound keeps a long-running runtime's cache from growing without limit.
   */
  private static long ttl(Map<String, Object> config) {
    double n = JsValues.toNumber(config.get("ttl"));
    return n > 0 ? (long) n : MemoryStore.DEFAULT_TTL_SECONDS;
  }
}
