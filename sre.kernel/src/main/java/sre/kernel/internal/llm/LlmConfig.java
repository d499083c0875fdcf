package sre.kernel.internal.llm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "SRE LLM subsystem",
    description = "Which LLM connectors may serve model requests, and the retry policy.")
public @interface LlmConfig {
  @AttributeDefinition(
      name = "Connector filter",
      description =
          "LDAP filter selecting the LlmConnectors the kernel routes to; a model goes to an"
              + " instance of its provider (see the model registry).")
  String connectors_target() default "(sre.connector.name=*)";

  @AttributeDefinition(
      description = "Attempts per request, the first included; 1 disables retries.")
  int retry_max_attempts() default 3;

  @AttributeDefinition(description = "Backoff before the second attempt (ms); doubles each time.")
  long retry_initial_backoff_ms() default 500;

  @AttributeDefinition(description = "Longest backoff between attempts (ms).")
  long retry_max_backoff_ms() default 20_000;

  @AttributeDefinition(
      description = "Jitter: each backoff is shortened by a random fraction up to this (0..1).")
  double retry_jitter() default 0.2;

  @AttributeDefinition(
      description =
          "Longest Retry-After the kernel waits for (ms); a provider asking for more fails the"
              + " request at once.")
  long retry_after_max_ms() default 60_000;
}
