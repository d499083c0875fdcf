package sre.components.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An initialized MCP client session on one of the two HTTP transports. {@link #open} does what
 * SRE's MCPClient does with the MCP SDK: Streamable HTTP first, and when the server refuses that
 * (an HTTP 4xx to the {@code initialize} POST, as servers that only speak the older transport do),
 * the legacy HTTP+SSE transport.
 */
interface McpConnection {
  /** One request; completes with its {@code result} or fails with its {@code error}. */
  CompletionStage<Object> request(String method, Object params);

  /** Ends the session (for SSE: closes the event stream). */
  void close();

  static CompletionStage<McpConnection> open(HttpClients clients, String url, Duration timeout) {
    return McpSession.open(clients, url, timeout)
        .<CompletionStage<McpConnection>>handle(
            (session, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(session);
              }
              Throwable cause = Outputs.cause(error);
              if (cause instanceof McpSession.McpException e && e.status >= 400 && e.status < 500) {
                // when neither transport answers, say what each said
                return McpSseSession.open(clients, url, timeout)
                    .exceptionally(
                        second -> {
                          Throwable why = Outputs.cause(second);
                          throw new McpSession.McpException(
                              e.status,
                              e.getMessage() + " (legacy SSE transport: " + why.getMessage() + ")");
                        });
              }
              return CompletableFuture.failedFuture(cause);
            })
        .thenCompose(stage -> stage);
  }

  /** Runs {@code work} on a session and closes it afterwards, whatever the outcome. */
  static <T> CompletionStage<T> using(
      HttpClients clients,
      String url,
      Duration timeout,
      java.util.function.Function<McpConnection, CompletionStage<T>> work) {
    return open(clients, url, timeout)
        .thenCompose(
            connection -> {
              CompletionStage<T> done;
              try {
                done = work.apply(connection);
              } catch (RuntimeException e) {
                done = CompletableFuture.failedFuture(e);
              }
              return done.whenComplete((v, e) -> connection.close());
            });
  }
}
