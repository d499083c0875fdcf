package sre.router.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;

/**
 * The response side of one async request: exactly one JSON answer, or an SSE stream of events.
 * Whichever comes first wins (a run result racing a timeout); later answers are ignored.
 */
final class Exchange {
  private final HttpServletResponse response;
  private final ResponseChannel channel;
  private final ObjectMapper mapper;
  private final Logger logger;
  private final AtomicBoolean answered = new AtomicBoolean();

  Exchange(
      HttpServletResponse response, ResponseChannel channel, ObjectMapper mapper, Logger logger) {
    this.response = response;
    this.channel = channel;
    this.mapper = mapper;
    this.logger = logger;
  }

  /** Sends {@code body} as JSON with this status, unless an answer was already sent. */
  void json(int status, Object body) {
    json(status, body, Map.of());
  }

  void json(int status, Object body, Map<String, String> headers) {
    if (!answered.compareAndSet(false, true)) {
      return;
    }
    byte[] bytes = bytes(body);
    response.setStatus(status);
    headers.forEach(response::setHeader);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    channel.write(bytes);
    channel.finish();
  }

  /** Answers a failure: {@link HttpProblem}s as they say, anything else as 500. */
  void fail(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpProblem problem) {
      json(problem.status(), Map.of("error", problem.getMessage()), problem.headers());
    } else {
      logger.warn("Request failed", cause);
      // engine and subsystem messages name ids and reasons, never secret values (API contract)
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      json(500, Map.of("error", "Run failed: " + message));
    }
  }

  /** Commits 200 with an event stream; false when an answer was already sent. */
  boolean startStream() {
    if (!answered.compareAndSet(false, true)) {
      return false;
    }
    response.setStatus(200);
    response.setContentType("text/event-stream;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    // tells reverse proxies (nginx) not to buffer the stream
    response.setHeader("X-Accel-Buffering", "no");
    return true;
  }

  /** One SSE event: {@code event: <name>\ndata: <json>\n\n} (multi-line text split per line). */
  void event(String name, Object data) {
    String text = data instanceof String s ? s : new String(bytes(data), StandardCharsets.UTF_8);
    StringBuilder frame = new StringBuilder(text.length() + name.length() + 16);
    frame.append("event: ").append(name).append('\n');
    for (String line : text.split("\n", -1)) {
      frame.append("data: ").append(line).append('\n');
    }
    frame.append('\n');
    channel.write(frame.toString().getBytes(StandardCharsets.UTF_8));
  }

  void endStream() {
    channel.finish();
  }

  boolean isOpen() {
    return channel.isOpen();
  }

  ObjectMapper mapper() {
    return mapper;
  }

  private byte[] bytes(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // a run's data is plain JSON values; this only fails on a component bug
      return ("{\"error\":\"Response is not JSON: "
              + e.getOriginalMessage().replace('"', '\'')
              + "\"}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
