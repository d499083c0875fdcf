package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;

/**
 * MCPClient (spec §6.3): connects to {@code mcpUrl} over MCP's Streamable HTTP transport, falling
 * back to the legacy HTTP+SSE transport when the server refuses it ({@link McpConnection}). With a
 * {@code prompt} (template) and a non-Echo {@code model}, the server's tools ({@code tools/list})
 * go to an LLM conversation ({@link ToolLoop}, system prompt {@code descForModel}) and each tool
 * call the model makes runs as {@code tools/call}; {@code Output} is the final answer. A {@code
 * toolName} (template) instead calls that one tool directly, its arguments from {@code
 * toolArguments} (a JSON template) or else from the inputs the tool's input schema declares. The
 * session is closed when the run's work with it is done.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.MCPClient")
@Designate(ocd = McpClientConfig.class)
@sre.api.component.ComponentName("MCPClient")
public final class McpClientComponent implements sre.api.component.Component {
  static final String FAILED = "Error on running MCP Client!\n";

  private final HttpClients clients;
  private final Duration timeout;

  @Activate
  public McpClientComponent(McpClientConfig config) {
    this(
        Duration.ofSeconds(config.connectTimeoutSeconds()),
        Duration.ofSeconds(config.requestTimeoutSeconds()));
  }

  McpClientComponent(Duration connectTimeout, Duration requestTimeout) {
    this.clients = new HttpClients(connectTimeout);
    this.timeout = requestTimeout;
  }

  @Deactivate
  private void deactivate() {
    clients.release();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> data = call.config();
    if (!JsValues.truthy(data.get("mcpUrl"))) {
      return Outputs.error("Please provide a MCP URL!");
    }
    String url = String.valueOf(data.get("mcpUrl"));
    String tool = text(data.get("toolName"), call);
    if (!tool.isEmpty()) {
      return McpConnection.using(
              clients,
              url,
              timeout,
              session ->
                  session
                      .request("tools/list", Map.of())
                      .thenCompose(
                          list -> session.request("tools/call", callParams(list, tool, call))))
          .thenApply(McpClientComponent::output)
          .exceptionally(e -> Outputs.failure(new IllegalStateException(FAILED + message(e))));
    }
    String prompt = text(data.get("prompt"), call);
    String model = JsValues.truthy(data.get("model")) ? String.valueOf(data.get("model")) : null;
    if (prompt.isEmpty() || model == null || LlmInference.isEcho(model)) {
      return Outputs.error(
          FAILED
              + "Name the tool in \"toolName\", or set a \"prompt\" and a model that can call"
              + " tools");
    }
    Llm llm = call.run().service(Llm.class);
    if (llm == null) {
      return Outputs.error(FAILED + LlmInference.unavailable(model));
    }
    var requester = llm.requester(call.run().candidate());
    String system = text(data.get("descForModel"), call);
    String query = LlmInference.enhance(prompt, call.declaredOutputs(), model, "<value>");
    return McpConnection.using(
            clients,
            url,
            timeout,
            session ->
                session
                    .request("tools/list", Map.of())
                    .thenCompose(
                        list -> {
                          List<LlmMessage> messages =
                              system.isEmpty()
                                  ? List.of(LlmMessage.user(query))
                                  : List.of(LlmMessage.system(system), LlmMessage.user(query));
                          LlmRequest request =
                              new LlmRequest(model, messages, LlmInference.options(data))
                                  .withTools(definitions(list));
                          return new ToolLoop(
                                  requester,
                                  toolCall -> callTool(session, toolCall),
                                  ToolLoop.DEFAULT_MAX_ROUNDS)
                              .run(request);
                        }))
        .handle(
            (response, error) -> {
              if (error != null) {
                Map<String, Object> failed = LlmInference.failure(error, model);
                failed.put("_error", FAILED + failed.get("_error"));
                return failed;
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Output", LlmInference.parseReply(response.content(), model));
              return out;
            });
  }

  /** The server's tools as LLM tools: name, description, input schema. */
  private static List<ToolDefinition> definitions(Object list) {
    List<ToolDefinition> out = new ArrayList<>();
    if (list instanceof Map<?, ?> m && m.get("tools") instanceof List<?> tools) {
      for (Object t : tools) {
        if (t instanceof Map<?, ?> one && one.get("name") instanceof String name) {
          Object schema =
              one.get("inputSchema") instanceof Map<?, ?> s
                  ? s
                  : Map.of("type", "object", "properties", Map.of());
          out.add(
              new ToolDefinition(
                  name,
                  one.get("description") instanceof String d ? d : "",
                  Json.stringify(schema)));
        }
      }
    }
    return out;
  }

  /** One model tool call as {@code tools/call}; an {@code isError} result fails the call. */
  private static CompletionStage<String> callTool(McpConnection session, ToolCall toolCall) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    if (Json.parseLenient(toolCall.arguments()) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> arguments.put(String.valueOf(k), v));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("name", toolCall.name());
    params.put("arguments", arguments);
    return session
        .request("tools/call", params)
        .thenApply(
            result -> {
              Map<?, ?> r = result instanceof Map<?, ?> map ? map : Map.of();
              Object value = content(r);
              String text = value instanceof String s ? s : Json.stringify(value);
              if (JsValues.truthy(r.get("isError"))) {
                throw new IllegalStateException(text);
              }
              return text;
            });
  }

  /** {@code name} then {@code arguments}, in the order the MCP SDKs send them. */
  private static Map<String, Object> callParams(Object list, String tool, ComponentCall call) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("name", tool);
    params.put("arguments", arguments(list, tool, call));
    return params;
  }

  /** {@code toolArguments} filled from the inputs, else the inputs the tool's schema declares. */
  private static Map<String, Object> arguments(Object list, String tool, ComponentCall call) {
    String template = text(call.config().get("toolArguments"), call);
    if (!template.isEmpty()) {
      if (Json.parseLenient(template) instanceof Map<?, ?> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        given.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
      }
      throw new IllegalArgumentException("\"toolArguments\" must be a JSON object");
    }
    Map<?, ?> schema = schemaOf(list, tool);
    Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
    Map<String, Object> out = new LinkedHashMap<>();
    call.inputs()
        .forEach(
            (name, value) -> {
              if (properties.containsKey(name)) {
                out.put(name, value);
              }
            });
    return out;
  }

  /** The input schema of {@code tool} in a {@code tools/list} result; unknown tools fail here. */
  private static Map<?, ?> schemaOf(Object list, String tool) {
    Object tools = list instanceof Map<?, ?> m ? m.get("tools") : null;
    if (tools instanceof List<?> all) {
      for (Object t : all) {
        if (t instanceof Map<?, ?> one && tool.equals(one.get("name"))) {
          return one.get("inputSchema") instanceof Map<?, ?> s ? s : Map.of();
        }
      }
    }
    throw new IllegalArgumentException("The MCP server has no tool \"" + tool + "\"");
  }

  /** The tool's text (text parts joined), else its content list; {@code isError} → _error. */
  private static Map<String, Object> output(Object result) {
    Map<?, ?> r = result instanceof Map<?, ?> m ? m : Map.of();
    Object value = content(r);
    Map<String, Object> out = new LinkedHashMap<>();
    if (JsValues.truthy(r.get("isError"))) {
      out.put("_error", FAILED + (value instanceof String s ? s : Json.stringify(value)));
    } else {
      out.put("Output", value);
    }
    return out;
  }

  /** A tool result's text parts joined by newlines, else its content list as given. */
  private static Object content(Map<?, ?> result) {
    Object content = result.get("content");
    if (content instanceof List<?> parts && parts.stream().allMatch(McpClientComponent::isText)) {
      StringBuilder text = new StringBuilder();
      for (Object part : parts) {
        text.append(text.length() > 0 ? "\n" : "").append(((Map<?, ?>) part).get("text"));
      }
      return text.toString();
    }
    return content;
  }

  private static boolean isText(Object part) {
    return part instanceof Map<?, ?> m && "text".equals(m.get("type"));
  }

  private static String text(Object template, ComponentCall call) {
    return template == null ? "" : TemplateString.parse(String.valueOf(template), call.inputs());
  }

  private static String message(Throwable error) {
    return String.valueOf(Outputs.failure(error).get("_error"));
  }
}
