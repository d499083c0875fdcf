package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.cache.Cache;
import sre.api.component.RunContext;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.security.AccessCandidate;

class LlmAssistantComponentTest {
  private final RecordingLlm llm = new RecordingLlm("Hello Ann");
  private final TestCache cache = new TestCache();
  private final RunContext run =
      TestCalls.run(
          new AgentRequest(
              "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
          Map.of(),
          Map.of(Llm.class, llm, Cache.class, cache));
  private final LlmAssistantComponent assistant = new LlmAssistantComponent();
  private final Map<String, Object> config =
      Map.of("model", "gpt-4o-mini", "behavior", "You help {{UserId}}.", "ttl", 600L);

  private Map<String, Object> say(String text) {
    return result(
        assistant.process(
            call(config, Map.of("UserInput", text, "UserId", "ann", "ConversationId", 7L), run)));
  }

  @Test
  void keepsTheConversationInTheCacheAcrossCalls() {
    assertThat(say("Hi")).containsEntry("Response", "Hello Ann").doesNotContainKey("_error");
    assertThat(say("Again")).containsEntry("Response", "Hello Ann");

    assertThat(llm.requests).hasSize(2);
    assertThat(llm.requests.get(0).model()).isEqualTo("gpt-4o-mini");
    assertThat(llm.requests.get(1).messages())
        .containsExactly(
            LlmMessage.system("You help ann."),
            LlmMessage.user("Hi"),
            LlmMessage.assistant("Hello Ann"),
            LlmMessage.user("Again"));
    String key = "agent-1:conv-uann-c7";
    assertThat(cache.values.get(key))
        .isEqualTo(
            "[{\"role\":\"system\",\"content\":\"You help ann.\"},"
                + "{\"role\":\"user\",\"content\":\"Hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello Ann\"},"
                + "{\"role\":\"user\",\"content\":\"Again\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello Ann\"}]");
    assertThat(cache.ttls).containsEntry(key, 600L);
  }

  @Test
  void withoutIdsNothingIsStored() {
    Map<String, Object> out =
        result(assistant.process(call(config, Map.of("UserInput", "Hi"), run)));
    assertThat(out).containsEntry("Response", "Hello Ann");
    assertThat(cache.values).isEmpty();
    assertThat(llm.requests.get(0).messages())
        .containsExactly(LlmMessage.system("You help {{UserId}}."), LlmMessage.user("Hi"));
  }

  @Test
  void oldTurnsBeyondHalfTheTokenBudgetAreDropped() {
    cache.values.put(
        "agent-1:conv-uann-c7",
        "[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\""
            + "x".repeat(400)
            + "\"},{\"role\":\"assistant\",\"content\":\"short\"}]");
    Map<String, Object> small = new java.util.HashMap<>(config);
    small.put("maxTokens", 40L);
    assistant.process(
        call(small, Map.of("UserInput", "Q", "UserId", "ann", "ConversationId", 7L), run));
    assertThat(llm.requests.get(0).messages())
        .containsExactly(
            LlmMessage.system("S"), LlmMessage.assistant("short"), LlmMessage.user("Q"));
  }

  @Test
  void withoutMaxTokensTheModelsCompletionLimitSetsTheBudget() {
    cache.values.put(
        "agent-1:conv-uann-c7",
        "[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\""
            + "x".repeat(400)
            + "\"},{\"role\":\"assistant\",\"content\":\"short\"}]");
    sre.api.llm.ModelInfo tiny =
        new sre.api.llm.ModelInfo(
            "tiny-model",
            "tiny",
            "OpenAI",
            4096,
            40,
            java.util.Set.of("text"),
            0,
            0,
            "",
            "",
            false);
    sre.api.llm.ModelsProvider registry =
        new sre.api.llm.ModelsProvider() {
          @Override
          public java.util.List<sre.api.llm.ModelInfo> models() {
            return java.util.List.of(tiny);
          }

          @Override
          public java.util.Optional<sre.api.llm.ModelInfo> model(String name) {
            return name.equals("tiny-model")
                ? java.util.Optional.of(tiny)
                : java.util.Optional.empty();
          }
        };
    RunContext withRegistry =
        TestCalls.run(
            run.request(),
            Map.of(),
            Map.of(Llm.class, llm, Cache.class, cache, sre.api.llm.ModelsProvider.class, registry));
    Map<String, Object> tinyConfig = new java.util.HashMap<>(config);
    tinyConfig.put("model", "tiny-model");

    assistant.process(
        call(
            tinyConfig,
            Map.of("UserInput", "Q", "UserId", "ann", "ConversationId", 7L),
            withRegistry));

    // half of the model's 40-token completion limit: the 400-character turn no longer fits
    assertThat(llm.requests.get(0).messages())
        .containsExactly(
            LlmMessage.system("S"), LlmMessage.assistant("short"), LlmMessage.user("Q"));
  }

  @Test
  void emptyReplyIsAnError() {
    RunContext silent =
        TestCalls.run(run.request(), Map.of(), Map.of(Llm.class, new RecordingLlm("")));
    assertThat(result(assistant.process(call(config, Map.of("UserInput", "Hi"), silent))))
        .containsEntry("_error", " LLM Error = Empty Response!");
  }
}
