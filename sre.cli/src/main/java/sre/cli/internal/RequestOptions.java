package sre.cli.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import sre.api.agent.AgentRequest;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;

/** The request options shared by {@code run} and {@code bench}: body, query and headers. */
final class RequestOptions {
  @Option(
      names = "--body",
      paramLabel = "<json>",
      description = "Request body, JSON (the agent's input for POST). Default: {}.")
  String body;

  @Option(
      names = "--query",
      paramLabel = "<json>",
      description = "Query parameters, a JSON object (the agent's input for GET). Default: {}.")
  String query;

  @Option(
      names = "--header",
      paramLabel = "<name=value>",
      description = "A request header; repeat for several.")
  Map<String, String> headers = new LinkedHashMap<>();

  /**
   * The request as the engine's conformance harness sends it: anonymous caller (the agent's own
   * team still reads its vault keys).
   */
  AgentRequest toRequest(String method, String path) {
    if (!path.startsWith("/")) {
      throw CommandFailure.usage("path must start with '/', e.g. /api/greet (was '" + path + "')");
    }
    Object parsedBody = body == null ? new LinkedHashMap<>() : parse("--body", body);
    Object parsedQuery = query == null ? new LinkedHashMap<>() : parse("--query", query);
    if (!(parsedQuery instanceof Map<?, ?>)) {
      throw CommandFailure.usage("--query must be a JSON object, e.g. '{\"q\":\"x\"}'");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> queryMap = (Map<String, Object>) parsedQuery;
    return new AgentRequest(
        method.toUpperCase(Locale.ROOT),
        path,
        headers,
        queryMap,
        parsedBody,
        AccessCandidate.anonymous());
  }

  private static Object parse(String option, String text) {
    Object value = Json.parse(text);
    if (value == Json.INVALID) {
      throw CommandFailure.usage(option + " is not valid JSON: " + abbreviate(text));
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
