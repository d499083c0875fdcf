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
}
