package sre.connector.anthropic.internal;

import sre.connector.lc4j.FakeProvider.Event;

/** Canned bodies and SSE events in the Anthropic Messages API's wire format. */
final class AnthropicWire {
  private AnthropicWire() {}

  static String message(String text, String stopReason, int in, int out) {
    return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
        + "\"content\":[{\"type\":\"text\",\"text\":\""
        + text
        + "\"}],\"stop_reason\":\""
        + stopReason
        + "\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":"
        + in
        + ",\"output_tokens\":"
        + out
        + "}}";
  }

  static Event messageStart(int in) {
    return new Event(
        "message_start",
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_s\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":[],\"stop_reason\":null,"
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":"
            + in
            + ",\"output_tokens\":1}}}");
  }

  static Event textStart(int index) {
    return new Event(
        "content_block_start",
        "{\"type\":\"content_block_start\",\"index\":"
            + index
            + ",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
  }

  static Event textDelta(int index, String text) {
    return new Event(
        "content_block_delta",
        "{\"type\":\"content_block_delta\",\"index\":"
            + index
            + ",\"delta\":{\"type\":\"text_delta\",\"text\":\""
            + text
            + "\"}}");
  }

  static Event toolStart(int index, String id, String name) {
    return new Event(
        "content_block_start",
        "{\"type\":\"content_block_start\",\"index\":"
            + index
            + ",\"content_block\":{\"type\":\"tool_use\",\"id\":\""
            + id
            + "\",\"name\":\""
            + name
            + "\",\"input\":{}}}");
  }

  /** {@code json} is the raw partial JSON; it is escaped here. */
  static Event toolDelta(int index, String json) {
    return new Event(
        "content_block_delta",
        "{\"type\":\"content_block_delta\",\"index\":"
            + index
            + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\""
            + json.replace("\"", "\\\"")
            + "\"}}");
  }

  static Event blockStop(int index) {
    return new Event(
        "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
  }

  static final Event PING = new Event("ping", "{\"type\":\"ping\"}");

  static Event messageDelta(String stopReason, int out) {
    return new Event(
        "message_delta",
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\""
            + stopReason
            + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":"
            + out
            + "}}");
  }

  static final Event MESSAGE_STOP = new Event("message_stop", "{\"type\":\"message_stop\"}");

  static Event error(String type) {
    return new Event(
        "error",
        "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + type + "\"}}");
  }

  static String errorBody(String type, String message) {
    return "{\"type\":\"error\",\"error\":{\"type\":\""
        + type
        + "\",\"message\":\""
        + message
        + "\"}}";
  }
}
