package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
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
                    Map.of("tools", List.of(Map.of("name", "weather", "inputSchema", schema)))));
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
            "Error on running MCP Client!\nError POSTing to endpoint (HTTP 404): no such path");

    assertThat(result(mcp.process(call(Map.of(), Map.of(), run))))
        .containsEntry("_error", "Please provide a MCP URL!");
    assertThat(
            result(mcp.process(call(Map.of("mcpUrl", "http://x", "prompt", "hi"), Map.of(), run))))
        .containsEntry(
            "_error",
            "Error on running MCP Client!\nChoosing a tool from the prompt needs an LLM tool"
                + " conversation, which is not available here yet; name the tool in \"toolName\"");
  }
}
