package sre.connector.gemini.internal;

import sre.connector.lc4j.FakeProvider.Event;

/** Canned bodies and SSE chunks in Google AI's Gemini API wire format. */
final class GeminiWire {
  private GeminiWire() {}

  /** A candidate with {@code parts} (a JSON array's items), finish reason and usage. */
  static String answer(String parts, String finishReason, int in, int out) {
    return "{\"candidates\":[{\"content\":{\"parts\":["
        + parts
        + "],\"role\":\"model\"}"
        + (finishReason == null ? "" : ",\"finishReason\":\"" + finishReason + "\"")
        + ",\"index\":0}]"
        + (in < 0
            ? ""
            : ",\"usageMetadata\":{\"promptTokenCount\":"
                + in
                + ",\"candidatesTokenCount\":"
                + out
                + ",\"totalTokenCount\":"
                + (in + out)
                + "}")
        + ",\"modelVersion\":\"gemini-test\"}";
  }

  static String text(String text) {
    return "{\"text\":\"" + text + "\"}";
  }

  static Event chunk(String text) {
    return new Event(null, answer(text(text), null, -1, 0));
  }

  static Event last(String text, int in, int out) {
    return new Event(null, answer(text(text), "STOP", in, out));
  }

  static String error(int code, String status, String message) {
    return "{\"error\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"status\":\""
        + status
        + "\"}}";
  }
}
