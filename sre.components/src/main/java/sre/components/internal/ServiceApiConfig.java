package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings shared by the web-service components (PIDs {@code sre.components.TavilyWebSearch},
 * {@code .ScrapflyWebScrape}, {@code .ZapierAction}, {@code .HuggingFace}). An empty base URL means
 * the provider's public API; tests and private gateways point it elsewhere.
 */
@ObjectClassDefinition(
    name = "SRE web-service component",
    description = "Endpoint and timeouts of a web-service workflow component")
@interface ServiceApiConfig {
  @AttributeDefinition(description = "Base URL of the provider API; empty: the public one")
  String baseUrl() default "";

  @AttributeDefinition(description = "Seconds to wait for a connection to open")
  int connectTimeoutSeconds() default 30;

  @AttributeDefinition(description = "Seconds to wait for a whole response")
  int requestTimeoutSeconds() default 120;
}
