package sre.connector.huggingface.internal;

import sre.connector.lc4j.FakeProvider.Event;

/** Canned bodies and SSE events of the router's OpenAI-compatible chat API. */
final class HuggingFaceWire {
  private HuggingFaceWire() {}

  static String completion(String text, String finish, int in, int out) {
    return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"org/model\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + text
        + "\"},\"finish_reason\":\""
        + finish
        + "\"}],\"usage\":{\"prompt_tokens\":"
        + in
        + ",\"completion_tokens\":"
        + out
        + ",\"total_tokens\":"
        + (in + out)
        + "}}";
  }

  static Event delta(String text) {
    return new Event(
        null,
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"org/model\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
            + text
            + "\"},\"finish_reason\":null}]}");
  }

  static Event finish(String reason, int in, int out) {
    return new Event(
        null,
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"org/model\","
            + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\""
            + reason
            + "\"}],\"usage\":{\"prompt_tokens\":"
            + in
            + ",\"completion_tokens\":"
            + out
            + ",\"total_tokens\":"
            + (in + out)
            + "}}");
  }

  static final Event DONE = new Event(null, "[DONE]");

  static String error(String message) {
    return "{\"error\":\"" + message + "\"}";
  }
}
