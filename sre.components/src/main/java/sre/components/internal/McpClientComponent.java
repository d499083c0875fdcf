package sre.components.internal;

import java.time.Duration;
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

/**
 * MCPClient (spec §6.3): connects to {@code mcpUrl} over MCP's Streamable HTTP transport and calls
 * one tool. Differs from SRE, which hands the server's tools to an LLM conversation driven by
 * {@code prompt}: the LLM API for components has no tool loop here, so the tool is named by {@code
 * toolName} (a template) and its arguments come from {@code toolArguments} (a JSON template) or
 * else from the inputs the tool's input schema declares. The legacy SSE transport is not tried.
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
    String tool = text(data.get("toolName"), call);
    if (tool.isEmpty()) {
      return Outputs.error(
          FAILED
              + "Choosing a tool from the prompt needs an LLM tool conversation, which is not"
              + " available here yet; name the tool in \"toolName\"");
    }
    String url = String.valueOf(data.get("mcpUrl"));
    return McpSession.open(clients, url, timeout)
        .thenCompose(
            session ->
                session
                    .request("tools/list", Map.of())
                    .thenCompose(
                        list -> session.request("tools/call", callParams(list, tool, call))))
        .thenApply(McpClientComponent::output)
        .exceptionally(e -> Outputs.failure(new IllegalStateException(FAILED + message(e))));
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
    Object content = r.get("content");
    Object value = content;
    if (content instanceof List<?> parts && parts.stream().allMatch(McpClientComponent::isText)) {
      StringBuilder text = new StringBuilder();
      for (Object part : parts) {
        text.append(text.length() > 0 ? "\n" : "").append(((Map<?, ?>) part).get("text"));
      }
      value = text.toString();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (JsValues.truthy(r.get("isError"))) {
      out.put("_error", FAILED + (value instanceof String s ? s : Json.stringify(value)));
    } else {
      out.put("Output", value);
    }
    return out;
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
