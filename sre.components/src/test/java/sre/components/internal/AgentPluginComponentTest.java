package sre.components.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmRequester;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.api.security.AccessCandidate;

class AgentPluginComponentTest {
  private static final String SUB =
      """
      {"id":"sub-1","name":"Encoder","behavior":"Encodes things","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"shout","method":"POST",
          "description":"Hex-encodes text","ai_exposed":true},
          "inputs":[{"name":"text","type":"Any","optional":false,"description":"the text"},
                    {"name":"times","type":"Number","optional":true}]},
        {"id":"H","name":"APIEndpoint","data":{"endpoint":"hidden","ai_exposed":false},"inputs":[]},
        {"id":"O","name":"APIOutput","data":{"format":"minimal"},"inputs":[]}]}
      """;

  /** An LLM that answers from a script, one response per chat, and records the requests. */
  static final class ScriptedLlm implements Llm, LlmRequester {
    final List<LlmRequest> requests = new ArrayList<>();
    final List<AccessCandidate> candidates = new ArrayList<>();
    private final Deque<LlmResponse> script;

    ScriptedLlm(LlmResponse... responses) {
      script = new ArrayDeque<>(List.of(responses));
    }

    @Override
    public LlmRequester requester(AccessCandidate candidate) {
      candidates.add(candidate);
      return this;
    }

    @Override
    public synchronized CompletionStage<LlmResponse> chat(LlmRequest request) {
      requests.add(request);
      LlmResponse next = script.size() > 1 ? script.poll() : script.peek();
      return CompletableFuture.completedFuture(next);
    }

    @Override
    public CompletionStage<LlmResponse> chatStream(LlmRequest request, Consumer<String> onToken) {
      return chat(request);
    }

    @Override
    public CompletionStage<List<float[]>> embed(String model, List<String> texts) {
      return CompletableFuture.failedFuture(new UnsupportedOperationException("embed"));
    }
  }

  /** Agent data holding the sub-agent and a runner that records requests and answers hex. */
  static final class FakeAgents implements AgentData, AgentRunner {
    final List<String> agents = new ArrayList<>();
    final List<AgentRequest> requests = new ArrayList<>();
    final AgentSource sub = new AgentSource("sub-1", "encoder.smyth", SUB, Instant.EPOCH);

    @Override
    public Optional<AgentSource> find(String idOrName) {
      return sub.id().equals(idOrName) ? Optional.of(sub) : Optional.empty();
    }

    @Override
    public List<AgentSource> list() {
      return List.of(sub);
    }

    @Override
    public synchronized CompletionStage<AgentResponse> run(
        String agent, AgentRequest request, RunListener listener) {
      agents.add(agent);
      requests.add(request);
      return CompletableFuture.completedFuture(new AgentResponse(200, Map.of("hex", "686579")));
    }

    @Override
    public CompletionStage<AgentResponse> run(
        AgentSource agent, AgentRequest request, RunListener listener) {
      return run(agent.id(), request, listener);
    }
  }

  private static Map<String, Object> run(ScriptedLlm llm, FakeAgents agents, String model) {
    var runContext =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/ask", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Llm.class, llm, AgentData.class, agents, AgentRunner.class, agents));
    return TestCalls.result(
        new AgentPluginComponent()
            .process(
                TestCalls.call(
                    Map.of("agentId", "sub-1", "model", model, "descForModel", "Encode on request"),
                    Map.of("Prompt", "please encode hey"),
                    runContext,
                    "Prompt")));
  }

  @Test
  void echoModelReportsSreCrash() {
    Map<String, Object> out =
        run(
            new ScriptedLlm(new LlmResponse("x", "stop", TokenUsage.NONE)),
            new FakeAgents(),
            "Echo");
    assertEquals(
        "Error on running Agent Component!\n"
            + "Cannot read properties of undefined (reading 'addUserMessage')",
        out.get("_error"));
  }

  @Test
  void toolCallRunsSubAgentEndpointThenAnswers() {
    ToolCall call = new ToolCall("call-1", "shout", "{\"text\":\"hey\"}");
    ScriptedLlm llm =
        new ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(call)),
            new LlmResponse("The hex is 686579", "stop", TokenUsage.NONE));
    FakeAgents agents = new FakeAgents();

    Map<String, Object> out = run(llm, agents, "gpt-4o-mini");

    assertEquals(Map.of("Response", "The hex is 686579"), out);
    assertEquals(List.of("sub-1"), agents.agents);
    AgentRequest sub = agents.requests.get(0);
    assertEquals("POST", sub.method());
    assertEquals("/api/shout", sub.path());
    assertEquals(Map.of("text", "hey"), sub.body());
    assertEquals(AccessCandidate.agent("agent-1"), sub.caller());
    assertEquals(List.of(AccessCandidate.agent("agent-1")), llm.candidates);

    assertEquals(2, llm.requests.size());
    LlmRequest first = llm.requests.get(0);
    assertEquals("gpt-4o-mini", first.model());
    assertEquals(
        "Assistant Name : Encoder\n\nEncode on request", first.messages().get(0).content());
    assertEquals("please encode hey", first.messages().get(1).content());
    assertEquals(1, first.tools().size());
    ToolDefinition tool = first.tools().get(0);
    assertEquals("shout", tool.name());
    assertEquals("Hex-encodes text", tool.description());
    assertEquals(
        Map.of(
            "type", "object",
            "properties",
                Map.of(
                    "text", Map.of("type", "string", "description", "the text"),
                    "times", Map.of("type", "number")),
            "required", List.of("text")),
        Json.parse(tool.parametersSchema()));

    LlmRequest second = llm.requests.get(1);
    assertEquals(4, second.messages().size());
    assertEquals("assistant", second.messages().get(2).role());
    assertEquals(List.of(call), second.messages().get(2).toolCalls());
    var result = second.messages().get(3);
    assertEquals("tool", result.role());
    assertEquals("call-1", result.toolCallId());
    assertEquals("shout", result.toolName());
    assertEquals(Map.of("hex", "686579"), Json.parse(result.content()));
  }

  @Test
  void loopStopsAfterMaxRoundsAndAsksForFinalAnswerWithoutTools() {
    ToolCall call = new ToolCall("c", "shout", "{\"text\":\"a\"}");
    ScriptedLlm llm =
        new ScriptedLlm(new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(call)));
    FakeAgents agents = new FakeAgents();
    LlmRequest request =
        LlmRequest.of("m", sre.api.llm.LlmMessage.user("go"))
            .withTools(List.of(new ToolDefinition("shout", "", null)));

    LlmResponse last =
        new ToolLoop(llm, c -> CompletableFuture.completedFuture("ok"), 2)
            .run(request)
            .toCompletableFuture()
            .join();

    assertTrue(last.usesTools());
    assertEquals(4, llm.requests.size());
    LlmRequest fin = llm.requests.get(3);
    assertTrue(fin.tools().isEmpty());
    assertEquals(ToolLoop.DEFERRED, fin.messages().get(fin.messages().size() - 2).content());
    assertEquals("system", fin.messages().get(fin.messages().size() - 1).role());
  }

  @Test
  void failingToolBecomesErrorResult() {
    ToolCall call = new ToolCall("c", "nope", "{}");
    ScriptedLlm llm =
        new ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(call)),
            new LlmResponse("sorry", "stop", TokenUsage.NONE));

    Map<String, Object> out = run(llm, new FakeAgents(), "gpt-4o-mini");

    assertEquals(Map.of("Response", "sorry"), out);
    assertEquals("Error: Unknown tool nope", llm.requests.get(1).messages().get(3).content());
  }
}
