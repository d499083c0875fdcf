package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON-RPC 2.0 messages as both MCP transports send them. */
final class McpMessages {
  private McpMessages() {}

  /** A request ({@code id} set) or a notification ({@code id} null); {@code params} optional. */
  static Map<String, Object> of(Integer id, String method, Object params) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("jsonrpc", "2.0");
    if (id != null) {
      message.put("id", id);
    }
    message.put("method", method);
    if (params != null) {
      message.put("params", params);
    }
    return message;
  }

  /** The {@code initialize} parameters, with the client identity SRE's MCPClient announces. */
  static Map<String, Object> initialize(String protocolVersion) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("protocolVersion", protocolVersion);
    params.put("capabilities", Map.of());
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("name", "auto-client");
    client.put("version", "1.0.0");
    params.put("clientInfo", client);
    return params;
  }

  /** The id a response answers, or null when {@code message} is not a response. */
  static Integer answeredId(Object message) {
    return message instanceof Map<?, ?> m
            && m.get("id") instanceof Number n
            && (m.containsKey("result") || m.containsKey("error"))
        ? n.intValue()
        : null;
  }

  /** A response's {@code result}; its {@code error} as an {@link McpSession.McpException}. */
  static Object result(Map<?, ?> answer) {
    if (answer.get("error") instanceof Map<?, ?> error) {
      throw new McpSession.McpException(
          200, "MCP error " + error.get("code") + ": " + error.get("message"));
    }
    return answer.get("result");
  }
}
