package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.api.security.AccessCandidate;

/** GPTPlugin / OpenAPI against a loopback server serving a spec and its API. */
class OpenApiPluginComponentTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final List<LocalHttpServer.Received> received = new CopyOnWriteArrayList<>();
  private LocalHttpServer server;
  private OpenApiPluginComponent plugin;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer().respond(this::serve);
    plugin = new OpenApiPluginComponent(TIMEOUT, TIMEOUT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String spec() {
    return """
        {"openapi":"3.0.0","info":{"title":"Pets","version":"1"},
         "servers":[{"url":"%s"}],
         "paths":{
           "/pets/{petId}":{
             "parameters":[{"name":"petId","in":"path","required":true,
                            "description":"pet id","schema":{"type":"string"}}],
             "get":{"operationId":"getPet","summary":"Find a pet",
                    "parameters":[{"name":"verbose","in":"query","schema":{"type":"boolean"}}]}},
           "/pets":{
             "post":{"description":"Adds a pet",
                     "requestBody":{"required":true,"content":{"application/json":
                       {"schema":{"$ref":"#/components/schemas/Pet"}}}}}}},
         "components":{"schemas":{"Pet":{"type":"object","required":["name"],
           "properties":{"name":{"type":"string"},"tag":{"type":"string"}}}}}}
        """
        .formatted(server.url("/v1"));
  }

  private LocalHttpServer.Answer serve(LocalHttpServer.Received request) {
    received.add(request);
    return switch (request.path()) {
      case "/openapi.json" -> new LocalHttpServer.Answer(200, "application/json", Map.of(), spec());
      case "/v1/pets/7%20a" ->
          new LocalHttpServer.Answer(
              200, "application/json", Map.of(), "{\"id\":7,\"name\":\"Tom\"}");
      case "/v1/pets" ->
          new LocalHttpServer.Answer(201, "application/json", Map.of(), "{\"created\":true}");
      default -> new LocalHttpServer.Answer(404, "text/plain", Map.of(), "no such path");
    };
  }

  private Map<String, Object> run(AgentPluginComponentTest.ScriptedLlm llm, String model) {
    var runContext =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/ask", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Llm.class, llm));
    return TestCalls.result(
        plugin.process(
            TestCalls.call(
                Map.of(
                    "specUrl",
                    server.url("/openapi.json"),
                    "openAiModel",
                    model,
                    "descForModel",
                    "Manages pets"),
                Map.of("Query", "add Rex after looking up pet 7 a"),
                runContext,
                "Query")));
  }

  @Test
  void operationsBecomeToolsAndToolCallsBecomeHttpRequests() {
    ToolCall get = new ToolCall("c1", "getPet", "{\"petId\":\"7 a\",\"verbose\":true}");
    ToolCall post = new ToolCall("c2", "post_pets", "{\"name\":\"Rex\"}");
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(get)),
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(post)),
            new LlmResponse("Rex was added", "stop", TokenUsage.NONE));

    Map<String, Object> out = run(llm, "gpt-4o-mini");

    assertThat(out).isEqualTo(Map.of("Output", "Rex was added"));
    assertThat(received).hasSize(3);
    assertThat(received.get(0).method()).isEqualTo("GET");
    assertThat(received.get(0).path()).isEqualTo("/openapi.json");
    LocalHttpServer.Received first = received.get(1);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/v1/pets/7%20a");
    assertThat(first.query()).isEqualTo("verbose=true");
    assertThat(first.body()).isEmpty();
    LocalHttpServer.Received second = received.get(2);
    assertThat(second.method()).isEqualTo("POST");
    assertThat(second.path()).isEqualTo("/v1/pets");
    assertThat(second.query()).isNull();
    assertThat(second.headers()).containsEntry("content-type", "application/json");
    assertThat(second.text()).isEqualTo("{\"name\":\"Rex\"}");

    assertThat(llm.requests).hasSize(3);
    LlmRequest request = llm.requests.get(0);
    assertThat(request.model()).isEqualTo("gpt-4o-mini");
    assertThat(request.messages().get(0).role()).isEqualTo("system");
    assertThat(request.messages().get(0).content()).isEqualTo("Manages pets");
    assertThat(request.messages().get(1).content()).isEqualTo("add Rex after looking up pet 7 a");
    assertThat(request.tools())
        .extracting(ToolDefinition::name)
        .containsExactly("getPet", "post_pets");
    assertThat(request.tools().get(0).description()).isEqualTo("Find a pet");
    assertThat(Json.parse(request.tools().get(0).parametersSchema()))
        .isEqualTo(
            Map.of(
                "type", "object",
                "properties",
                    Map.of(
                        "petId", Map.of("type", "string", "description", "pet id"),
                        "verbose", Map.of("type", "boolean")),
                "required", List.of("petId")));
    assertThat(request.tools().get(1).description()).isEqualTo("Adds a pet");
    assertThat(Json.parse(request.tools().get(1).parametersSchema()))
        .isEqualTo(
            Map.of(
                "type", "object",
                "properties",
                    Map.of("name", Map.of("type", "string"), "tag", Map.of("type", "string")),
                "required", List.of("name")));
    var getResult = llm.requests.get(1).messages().get(3);
    assertThat(getResult.role()).isEqualTo("tool");
    assertThat(getResult.toolCallId()).isEqualTo("c1");
    assertThat(getResult.content()).isEqualTo("{\"id\":7,\"name\":\"Tom\"}");
    assertThat(llm.requests.get(2).messages().get(5).content()).isEqualTo("{\"created\":true}");
  }

  @Test
  void httpErrorsReachTheModelAndSpecFailuresTheOutput() {
    ToolCall get = new ToolCall("c1", "getPet", "{\"petId\":\"nope\"}");
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(get)),
            new LlmResponse("No such pet", "stop", TokenUsage.NONE));
    assertThat(run(llm, "gpt-4o-mini")).isEqualTo(Map.of("Output", "No such pet"));
    assertThat(received.get(1).path()).isEqualTo("/v1/pets/nope");
    assertThat(received.get(1).query()).isNull();
    assertThat(llm.requests.get(1).messages().get(3).content())
        .isEqualTo("Error: HTTP 404: no such path");

    server.respond(r -> new LocalHttpServer.Answer(500, "text/plain", Map.of(), "down"));
    assertThat(run(llm, "gpt-4o-mini"))
        .isEqualTo(Map.of("_error", "Could not load the OpenAPI spec (HTTP 500)"));
  }

  @Test
  void echoModelReportsTheConversationCrashWithoutFetching() {
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(new LlmResponse("x", "stop", TokenUsage.NONE));
    assertThat(run(llm, "Echo")).isEqualTo(Map.of("_error", AgentPluginComponent.ECHO_CRASH));
    assertThat(received).isEmpty();
    assertThat(plugin.validateConfig(Map.of())).contains("\"Specification URL\" is required");
  }
}
