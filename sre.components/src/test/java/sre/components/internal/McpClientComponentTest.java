package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;
import sre.api.security.AccessCandidate;

/** MCPClient against a loopback server speaking MCP's JSON-RPC over Streamable HTTP. */
class McpClientComponentTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final List<LocalHttpServer.Received> received = new CopyOnWriteArrayList<>();
  private LocalHttpServer server;
  private RunContext run;
  private McpClientComponent mcp;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer().respond(this::speakMcp);
    run =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of());
    mcp = new McpClientComponent(TIMEOUT, TIMEOUT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** initialize (JSON + session id), the notification (202), tools/list (SSE), tools/call. */
  private LocalHttpServer.Answer speakMcp(LocalHttpServer.Received request) {
    received.add(request);
    Map<?, ?> message = (Map<?, ?>) Json.parse(request.text());
    Object id = message.get("id");
    Object result;
    switch (String.valueOf(message.get("method"))) {
      case "initialize" -> {
        result =
            Map.of(
                "protocolVersion", "2025-03-26",
                "capabilities", Map.of("tools", Map.of()),
                "serverInfo", Map.of("name", "test", "version", "1"));
        return json(id, result, Map.of("Mcp-Session-Id", "s-1"));
      }
      case "notifications/initialized" -> {
        return new LocalHttpServer.Answer(202, "application/json", Map.of(), "");
      }
      case "tools/list" -> {
        Map<String, Object> schema =
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")));
        String rpc =
            Json.stringify(
                Map.of(
                    "jsonrpc",
                    "2.0",
                    "id",
                    id,
                    "result",
                    Map.of(
                        "tools",
                        List.of(
                            Map.of(
                                "name",
                                "weather",
                                "description",
                                "Weather of a city",
                                "inputSchema",
                                schema)))));
        return new LocalHttpServer.Answer(
            200, "text/event-stream", Map.of(), "event: message\ndata: " + rpc + "\n\n");
      }
      default -> {
        Map<?, ?> params = (Map<?, ?>) message.get("params");
        Map<?, ?> args = (Map<?, ?>) params.get("arguments");
        boolean fail = "nowhere".equals(args.get("city"));
        result =
            Map.of(
                "content",
                List.of(Map.of("type", "text", "text", "Sunny in " + args.get("city"))),
                "isError",
                fail);
        return json(id, result, Map.of());
      }
    }
  }

  private static LocalHttpServer.Answer json(Object id, Object result, Map<String, String> h) {
    return new LocalHttpServer.Answer(
        200,
        "application/json",
        h,
        Json.stringify(Map.of("jsonrpc", "2.0", "id", id, "result", result)));
  }

  private Map<String, Object> config(String extraKey, String extraValue) {
    return Map.of("mcpUrl", server.url("/mcp"), "toolName", "weather", extraKey, extraValue);
  }

  @Test
  void callsTheNamedToolWithTheInputsItsSchemaDeclares() {
    Map<String, Object> out =
        result(
            mcp.process(call(config("prompt", "ignored"), Map.of("city", "Oslo", "x", 1L), run)));

    assertThat(out).containsEntry("Output", "Sunny in Oslo").doesNotContainKey("_error");
    assertThat(received).hasSize(4);
    assertThat(received.get(0).path()).isEqualTo("/mcp");
    assertThat(received.get(0).headers())
        .containsEntry("accept", "application/json, text/event-stream")
        .containsEntry("content-type", "application/json")
        .doesNotContainKey("mcp-session-id");
    assertThat(received.get(0).text())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-03-26\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"auto-client\",\"version\":\"1.0.0\"}}}");
    assertThat(received.get(1).text())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    LocalHttpServer.Received toolCall = received.get(3);
    assertThat(toolCall.headers())
        .containsEntry("mcp-session-id", "s-1")
        .containsEntry("mcp-protocol-version", "2025-03-26");
    assertThat(toolCall.text())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"weather\",\"arguments\":{\"city\":\"Oslo\"}}}");
  }

  @Test
  void aServerWithOnlyTheLegacySseTransportIsReachedThroughIt() throws Exception {
    try (LegacySseMcpServer legacy = new LegacySseMcpServer()) {
      Map<String, Object> out =
          result(
              mcp.process(
                  call(
                      Map.of("mcpUrl", legacy.url(), "toolName", "weather"),
                      Map.of("city", "Oslo"),
                      run)));

      assertThat(out).containsEntry("Output", "Foggy in Oslo").doesNotContainKey("_error");
      assertThat(legacy.requests.get(0)).startsWith("POST /sse"); // Streamable HTTP first: 405
      assertThat(legacy.requests.get(1)).isEqualTo("GET /sse");
      assertThat(legacy.requests.get(2))
          .startsWith("POST /messages?sessionId=legacy-1 ")
          .contains("\"method\":\"initialize\"")
          .contains("\"protocolVersion\":\"2024-11-05\"");
      assertThat(legacy.requests.get(3)).contains("notifications/initialized");
      assertThat(legacy.requests.get(5))
          .endsWith(
              "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                  + "\"params\":{\"name\":\"weather\",\"arguments\":{\"city\":\"Oslo\"}}}");
      // the session's event stream is closed once the run is done with it
      await().atMost(Duration.ofSeconds(20)).until(() -> legacy.streamsClosed.get() == 1);
      assertThat(legacy.streamsOpened.get()).isEqualTo(1);
    }
  }

  @Test
  void toolArgumentsTemplateAndToolErrors() {
    Map<String, Object> out =
        result(
            mcp.process(
                call(
                    config("toolArguments", "{\"city\":\"{{Place}}\"}"),
                    Map.of("Place", "nowhere"),
                    run)));
    assertThat(out)
        .containsEntry("_error", "Error on running MCP Client!\nSunny in nowhere")
        .doesNotContainKey("Output");
  }

  @Test
  void unknownToolsHttpFailuresAndMissingSettingsGiveErrors() {
    Map<String, Object> config = Map.of("mcpUrl", server.url("/mcp"), "toolName", "nope");
    assertThat(result(mcp.process(call(config, Map.of(), run))))
        .containsEntry(
            "_error", "Error on running MCP Client!\nThe MCP server has no tool \"nope\"");

    server.respond(r -> new LocalHttpServer.Answer(404, "text/plain", Map.of(), "no such path"));
    assertThat(result(mcp.process(call(config, Map.of(), run))))
        .containsEntry(
            "_error",
            "Error on running MCP Client!\nError POSTing to endpoint (HTTP 404): no such path"
                + " (legacy SSE transport: The MCP event stream ended (HTTP 404))");

    assertThat(result(mcp.process(call(Map.of(), Map.of(), run))))
        .containsEntry("_error", "Please provide a MCP URL!");
    assertThat(
            result(mcp.process(call(Map.of("mcpUrl", "http://x", "prompt", "hi"), Map.of(), run))))
        .containsEntry(
            "_error",
            "Error on running MCP Client!\nName the tool in \"toolName\", or set a \"prompt\""
                + " and a model that can call tools");
  }

  @Test
  void promptAndModelHandTheServersToolsToTheLlm() {
    ToolCall toolCall = new ToolCall("c1", "weather", "{\"city\":\"Oslo\"}");
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse("", "tool_calls", TokenUsage.NONE, List.of(toolCall)),
            new LlmResponse("It is sunny in Oslo", "stop", TokenUsage.NONE));
    RunContext withLlm =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Llm.class, llm));
    Map<String, Object> config =
        Map.of(
            "mcpUrl", server.url("/mcp"),
            "prompt", "Weather in {{Place}}?",
            "model", "gpt-4o-mini",
            "descForModel", "You check the weather");

    Map<String, Object> out = result(mcp.process(call(config, Map.of("Place", "Oslo"), withLlm)));

    assertThat(out).isEqualTo(Map.of("Output", "It is sunny in Oslo"));
    assertThat(received).hasSize(4);
    assertThat(received.get(2).text())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}");
    LocalHttpServer.Received sent = received.get(3);
    assertThat(sent.headers()).containsEntry("mcp-session-id", "s-1");
    assertThat(sent.text())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"weather\",\"arguments\":{\"city\":\"Oslo\"}}}");

    assertThat(llm.requests).hasSize(2);
    var first = llm.requests.get(0);
    assertThat(first.model()).isEqualTo("gpt-4o-mini");
    assertThat(first.messages().get(0).role()).isEqualTo("system");
    assertThat(first.messages().get(0).content()).isEqualTo("You check the weather");
    assertThat(first.messages().get(1).content()).isEqualTo("Weather in Oslo?");
    assertThat(first.tools()).hasSize(1);
    assertThat(first.tools().get(0).name()).isEqualTo("weather");
    assertThat(first.tools().get(0).description()).isEqualTo("Weather of a city");
    assertThat(Json.parse(first.tools().get(0).parametersSchema()))
        .isEqualTo(
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))));
    var result = llm.requests.get(1).messages().get(3);
    assertThat(result.role()).isEqualTo("tool");
    assertThat(result.toolCallId()).isEqualTo("c1");
    assertThat(result.content()).isEqualTo("Sunny in Oslo");
  }

  @Test
  void toolErrorsInTheConversationReachTheModelAndEchoCannotChooseTools() {
    var llm =
        new AgentPluginComponentTest.ScriptedLlm(
            new LlmResponse(
                "",
                "tool_calls",
                TokenUsage.NONE,
                List.of(new ToolCall("c1", "weather", "{\"city\":\"nowhere\"}"))),
            new LlmResponse("{\"city\":\"unknown\"}", "stop", TokenUsage.NONE));
    RunContext withLlm =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of(),
            Map.of(Llm.class, llm));
    Map<String, Object> config =
        Map.of("mcpUrl", server.url("/mcp"), "prompt", "Weather?", "model", "gpt-4o-mini");

    Map<String, Object> out = result(mcp.process(call(config, Map.of(), withLlm)));

    assertThat(out).isEqualTo(Map.of("Output", Map.of("city", "unknown")));
    assertThat(llm.requests.get(0).messages()).hasSize(1);
    assertThat(llm.requests.get(1).messages().get(2).content())
        .isEqualTo("Error: Sunny in nowhere");

    Map<String, Object> echo =
        Map.of("mcpUrl", server.url("/mcp"), "prompt", "Weather?", "model", "Echo");
    assertThat(result(mcp.process(call(echo, Map.of(), withLlm))))
        .containsEntry(
            "_error",
            "Error on running MCP Client!\nName the tool in \"toolName\", or set a \"prompt\""
                + " and a model that can call tools");
  }
}
