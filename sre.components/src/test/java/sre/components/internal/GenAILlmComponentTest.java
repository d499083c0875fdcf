package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentSource;
import sre.api.cache.Cache;
import sre.api.component.InputDefinition;
import sre.api.component.RunContext;
import sre.api.component.support.BinaryValue;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;

class GenAILlmComponentTest {
  private final RecordingLlm llm = new RecordingLlm("done");
  private final TestCache cache = new TestCache();
  private final AgentData agents =
      new AgentData() {
        @Override
        public Optional<AgentSource> find(String idOrName) {
          return "agent-1".equals(idOrName)
              ? Optional.of(
                  new AgentSource(
                      "agent-1",
                      "a.smyth",
                      "{\"behavior\":\"You answer in haiku.\",\"components\":[]}",
                      Instant.EPOCH))
              : Optional.empty();
        }

        @Override
        public List<AgentSource> list() {
          return List.of();
        }
      };

  private RunContext run(Map<String, String> headers) {
    return TestCalls.run(
        new AgentRequest(
            "POST", "/api/x", headers, Map.of(), Map.of(), AccessCandidate.anonymous()),
        Map.of(),
        Map.of(
            Llm.class, llm,
            Cache.class, cache,
            AgentData.class, agents,
            Storage.class, TestServices.storage(TestServices.files())));
  }

  private LlmRequest sent(
      Map<String, Object> config,
      Map<String, Object> inputs,
      RunContext run,
      List<InputDefinition> defs) {
    result(new GenAILlmComponent().process(TestCalls.call(config, inputs, run, defs, List.of())));
    return llm.requests.get(llm.requests.size() - 1);
  }

  @Test
  void mediaInputsGoWithThePromptAsAttachments() {
    BinaryValue png = new BinaryValue(new byte[] {1, 2, 3}, "image/png", "a.png", null);
    LlmRequest request =
        sent(
            Map.of("model", "gpt-4o-mini", "prompt", "Describe {{Attachment}}"),
            Map.of("Attachment", png, "Note", "plain text"),
            run(Map.of()),
            List.of(
                new InputDefinition("Attachment", "Image", false, null, false),
                new InputDefinition("Note", "Text", false, null, false)));

    assertThat(request.messages()).hasSize(1);
    LlmMessage user = request.messages().get(0);
    assertThat(user.role()).isEqualTo("user");
    assertThat(user.attachments()).hasSize(1);
    assertThat(user.attachments().get(0).mimeType()).isEqualTo("image/png");
    assertThat(user.attachments().get(0).base64Data()).isEqualTo("AQID");
  }

  @Test
  void systemPromptAndContextWindowComeFromTheLlmCache() {
    cache.values.put("conv-7:systemPrompt", "You are terse.");
    cache.values.put(
        "conv-7:messages",
        "[{\"role\":\"user\",\"content\":\"first question\"},"
            + "{\"role\":\"assistant\",\"content\":\"first answer\"}]");

    LlmRequest request =
        sent(
            Map.of(
                "model",
                "gpt-4o-mini",
                "prompt",
                "and then?",
                "useSystemPrompt",
                true,
                "useContextWindow",
                true),
            Map.of(),
            run(Map.of("X-CACHE-ID", "conv-7")),
            List.of());

    assertThat(request.messages())
        .extracting(LlmMessage::role, LlmMessage::content)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("system", "You are terse."),
            org.assertj.core.groups.Tuple.tuple("user", "first question"),
            org.assertj.core.groups.Tuple.tuple("assistant", "first answer"),
            org.assertj.core.groups.Tuple.tuple("user", "and then?"));
  }

  @Test
  void withoutACachedSystemPromptTheAgentsBehaviorIsUsed() {
    LlmRequest request =
        sent(
            Map.of("model", "gpt-4o-mini", "prompt", "hi", "useSystemPrompt", true),
            Map.of(),
            run(Map.of()),
            List.of());

    assertThat(request.messages().get(0).role()).isEqualTo("system");
    assertThat(request.messages().get(0).content()).isEqualTo("You answer in haiku.");
  }

  @Test
  void theContextWindowKeepsTheNewestMessagesThatFit() {
    cache.values.put(
        "c:messages",
        "[{\"role\":\"user\",\"content\":\""
            + "x".repeat(400)
            + "\"},{\"role\":\"assistant\",\"content\":\"recent\"}]");

    LlmRequest request =
        sent(
            Map.of(
                "model",
                "gpt-4o-mini",
                "prompt",
                "next",
                "useContextWindow",
                true,
                "maxContextWindowLength",
                50),
            Map.of(),
            run(Map.of("x-cache-id", "c")),
            List.of());

    assertThat(request.messages())
        .extracting(LlmMessage::content)
        .containsExactly("recent", "next");
  }

  @Test
  void withoutTheOptionsOnlyThePromptIsSent() {
    cache.values.put("c:systemPrompt", "ignored");

    LlmRequest request =
        sent(
            Map.of("model", "gpt-4o-mini", "prompt", "hi"),
            Map.of(),
            run(Map.of("X-CACHE-ID", "c")),
            List.of());

    assertThat(request.messages()).extracting(LlmMessage::content).containsExactly("hi");
  }

  @Test
  void reasoningEffortIsPassedOnlyWithUseReasoning() {
    LlmRequest on =
        sent(
            Map.of(
                "model", "o3-mini",
                "prompt", "think",
                "useReasoning", true,
                "reasoningEffort", "high",
                "maxThinkingTokens", 2048L),
            Map.of(),
            run(Map.of()),
            List.of());
    LlmRequest off =
        sent(
            Map.of("model", "o3-mini", "prompt", "think", "reasoningEffort", "high"),
            Map.of(),
            run(Map.of()),
            List.of());

    assertThat(on.options())
        .containsEntry(LlmRequest.REASONING_EFFORT, "high")
        .containsEntry(LlmRequest.THINKING_BUDGET, 2048L);
    assertThat(off.options()).doesNotContainKey(LlmRequest.REASONING_EFFORT);
  }
}
