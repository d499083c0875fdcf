package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Timeouts of MCPClient (PID {@code sre.components.MCPClient}); the server URL is per component.
 */
@ObjectClassDefinition(
    name = "SRE MCPClient component",
    description = "Timeouts of the MCP client workflow component")
@interface McpClientConfig {
  @AttributeDefinition(description = "Seconds to wait for a connection to open")
  int connectTimeoutSeconds() default 30;

  @AttributeDefinition(description = "Seconds to wait for each MCP response")
  int requestTimeoutSeconds() default 120;
}
