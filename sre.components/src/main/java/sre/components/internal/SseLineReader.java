package sre.components.internal;

import java.util.function.BiConsumer;

/**
 * Server-sent events read line by line (the {@code text/event-stream} framing): {@code event:} and
 * {@code data:} fields, an empty line ending each event; other fields and comments are skipped. An
 * event without a name is a {@code message}. Both MCP transports read their answers with it.
 */
final class SseLineReader {
  private final BiConsumer<String, String> onEvent;
  private String event = "message";
  private final StringBuilder data = new StringBuilder();

  /** {@code onEvent} gets each complete event's name and data (data lines joined by newlines). */
  SseLineReader(BiConsumer<String, String> onEvent) {
    this.onEvent = onEvent;
  }

  /** Reads a whole body that ended (the last event needs no closing empty line). */
  static void readAll(String body, BiConsumer<String, String> onEvent) {
    SseLineReader reader = new SseLineReader(onEvent);
    for (String line : body.split("\\r?\\n", -1)) {
      reader.line(line);
    }
    reader.line("");
  }

  void line(String line) {
    if (line.isEmpty()) {
      if (data.length() > 0 || !event.equals("message")) {
        onEvent.accept(event, data.toString());
      }
      event = "message";
      data.setLength(0);
    } else if (line.startsWith("event:")) {
      event = line.substring(6).strip();
    } else if (line.startsWith("data:")) {
      data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
    }
  }
}
