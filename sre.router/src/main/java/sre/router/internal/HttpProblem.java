package sre.router.internal;

import java.util.Map;

/**
 * A request the router answers with an error status and a JSON body {@code {"error": message}},
 * SRE's error shape. Never carries a secret: messages are built from names and ids only.
 */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, String> headers;

  HttpProblem(int status, String message) {
    this(status, message, Map.of());
  }

  HttpProblem(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}
