package sre.connector.ollama.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import sre.connector.lc4j.FakeProvider;

/** Canned bodies and NDJSON streams in Ollama's native wire format. */
final class OllamaWire {
  private OllamaWire() {}

  /** A complete (non-streamed) {@code /api/chat} answer. */
  static String chat(String text, String doneReason, int in, int out) {
    return "{\"model\":\"llama-test\",\"created_at\":\"2025-01-01T00:00:00Z\","
        + "\"message\":{\"role\":\"assistant\",\"content\":\""
        + text
        + "\"},\"done\":true,\"done_reason\":\""
        + doneReason
        + "\",\"prompt_eval_count\":"
        + in
        + ",\"eval_count\":"
        + out
        + "}";
  }

  /** One streamed chunk: a piece of text, not done. */
  static String chunk(String text) {
    return "{\"model\":\"llama-test\",\"created_at\":\"2025-01-01T00:00:00Z\","
        + "\"message\":{\"role\":\"assistant\",\"content\":\""
        + text
        + "\"},\"done\":false}";
  }

  /** The final streamed line: empty text, done, with the usage. */
  static String last(String doneReason, int in, int out) {
    return chat("", doneReason, in, out);
  }

  /** An NDJSON answer, written and flushed line by line. */
  static FakeProvider.Answer ndjson(String... lines) {
    return exchange -> {
      OutputStream out = startNdjson(exchange);
      for (String line : lines) {
        writeLine(out, line);
      }
    };
  }

  static OutputStream startNdjson(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
    exchange.sendResponseHeaders(200, 0);
    return exchange.getResponseBody();
  }

  static void writeLine(OutputStream out, String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  static String error(String message) {
    return "{\"error\":\"" + message + "\"}";
  }
}
