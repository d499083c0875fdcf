package sre.router.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request path leads. {@code agent} is null for SRE's single-agent forms {@code
 * /api/<endpoint>} and {@code /trigger/<name>}; {@code runPath} is the path the run sees ({@code
 * [/v<x.y>]/api/<endpoint>} or {@code /trigger/<name>}).
 */
record Route(Kind kind, String agent, String endpoint, String runPath) {
  enum Kind {
    HEALTH,
    AGENTS,
    OPENAPI,
    RUN,
    TRIGGER,
    UNKNOWN
  }

  private static final Pattern AGENT_PATH = Pattern.compile("^/agents/([^/]+)(/.*)?$");
  private static final Pattern API_PATH = Pattern.compile("^(/v[0-9]+\\.[0-9]+)?/api/([^/]+)/?$");
  private static final Pattern TRIGGER_PATH = Pattern.compile("^/trigger/([^/]+)/?$");

  static Route of(String path) {
    String p = path == null || path.isEmpty() ? "/" : path;
    if (p.equals("/health")) {
      return new Route(Kind.HEALTH, null, null, null);
    }
    if (p.equals("/agents") || p.equals("/agents/")) {
      return new Route(Kind.AGENTS, null, null, null);
    }
    Matcher agentPath = AGENT_PATH.matcher(p);
    String agent = null;
    String rest = p;
    if (agentPath.matches()) {
      agent = agentPath.group(1);
      rest = agentPath.group(2) == null ? "" : agentPath.group(2);
      if (rest.equals("/openapi.json")) {
        return new Route(Kind.OPENAPI, agent, null, null);
      }
    }
    Matcher api = API_PATH.matcher(rest);
    if (api.matches()) {
      String version = api.group(1) == null ? "" : api.group(1);
      return new Route(Kind.RUN, agent, api.group(2), version + "/api/" + api.group(2));
    }
    Matcher trigger = TRIGGER_PATH.matcher(rest);
    if (trigger.matches()) {
      return new Route(Kind.TRIGGER, agent, trigger.group(1), "/trigger/" + trigger.group(1));
    }
    return new Route(Kind.UNKNOWN, agent, null, null);
  }
}
