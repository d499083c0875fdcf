package sre.router.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Limits and auth settings of the HTTP router (PID {@value AgentServlet#PID}). Host and port are
 * the HTTP service's own configuration (Felix: PID {@code org.apache.felix.http}; Karaf: {@code
 * org.ops4j.pax.web}).
 */
@ObjectClassDefinition(
    name = "SRE HTTP router",
    description = "Agents as HTTP APIs: request limits, run timeout, API-key lookup.")
public @interface RouterConfig {

  @AttributeDefinition(
      name = "Max body bytes",
      description = "Largest request body accepted; larger ones get 413.")
  long max_body_bytes() default 1_048_576;

  @AttributeDefinition(
      name = "Run timeout (ms)",
      description = "How long a run may take before the client gets 504 (or an SSE 'error' event).")
  long run_timeout_ms() default 60_000;

  @AttributeDefinition(
      name = "Concurrent runs per candidate",
      description =
          "Runs one caller may have in flight; more get 429. Anonymous callers count per client"
              + " address.")
  int max_concurrent_runs() default 64;

  @AttributeDefinition(
      name = "API-key team",
      description =
          "Vault team holding the API keys: key name 'apikey:<sha256 hex of the key>', value = the"
              + " user id the key stands for.")
  String apikey_team() default "sre-apikeys";

  @AttributeDefinition(
      name = "Default agent",
      description =
          "Agent served at /api/<endpoint> (SRE's single-agent form). Empty: the only agent, when"
              + " exactly one is installed.")
  String default_agent() default "";
}
