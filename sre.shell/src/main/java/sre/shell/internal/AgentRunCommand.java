package sre.shell.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;

/**
 * {@code sre:agent-run <agent> <METHOD> <path> [body]}: runs an agent through the AgentRunner, as
 * an HTTP request to it would, and prints the status and SRE's {@code data} as JSON.
 */
@Service
@Command(
    scope = "sre",
    name = "agent-run",
    description =
        "Runs an agent endpoint and prints its result, e.g. agent-run hello POST /api/hello '{\"name\":\"Ada\"}'")
public final class AgentRunCommand implements Action {
  @Reference AgentRunner runner;

  @Argument(index = 0, name = "agent", description = "Agent id or name", required = true)
  @Completion(AgentCompleter.class)
  String agent;

  @Argument(index = 1, name = "method", description = "HTTP method", required = true)
  @Completion(
      value = StringsCompleter.class,
      values = {"GET", "POST", "PUT", "PATCH", "DELETE"})
  String method;

  @Argument(
      index = 2,
      name = "path",
      description = "Endpoint path with optional query, e.g. /api/hello?x=1",
      required = true)
  String path;

  @Argument(index = 3, name = "body", description = "Request body: JSON, else sent as a string")
  String body;

  @Option(name = "-u", aliases = "--user", description = "User id the run is requested by")
  String user = "console";

  @Option(name = "-t", aliases = "--timeout", description = "Seconds to wait for the result")
  int timeoutSeconds = 60;

  @Override
  public Object execute() throws Exception {
    int q = path.indexOf('?');
    AgentRequest request =
        new AgentRequest(
            method.toUpperCase(Locale.ROOT),
            q < 0 ? path : path.substring(0, q),
            Map.of(),
            q < 0 ? Map.of() : query(path.substring(q + 1)),
            body == null ? null : parseBody(body),
            AccessCandidate.user(user));
    long start = System.nanoTime();
    AgentResponse response =
        Await.result(
            runner.run(agent, request, RunListener.NONE), Duration.ofSeconds(timeoutSeconds));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Status: " + response.status() + " (" + millis + " ms)");
    System.out.println(Json.stringify(response.data()));
    return null;
  }

  /** JSON when it parses, else the text itself (as an HTTP body that is not JSON). */
  static Object parseBody(String text) {
    Object parsed = Json.parse(text);
    return parsed == Json.INVALID ? text : parsed;
  }

  static Map<String, Object> query(String raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
