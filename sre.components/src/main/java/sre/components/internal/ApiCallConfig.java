package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the APICall component (PID {@code sre.components.APICall}). */
@ObjectClassDefinition(
    name = "SRE APICall component",
    description = "HTTP client settings of the APICall workflow component")
@interface ApiCallConfig {
  @AttributeDefinition(description = "Seconds to wait for a connection to open")
  int connectTimeoutSeconds() default 30;

  @AttributeDefinition(description = "Seconds to wait for a whole response")
  int requestTimeoutSeconds() default 300;
}
