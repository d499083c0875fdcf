package sre.components.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code sre.components.ImageGenerator}: fetching images a provider answers as links. */
@ObjectClassDefinition(
    name = "SRE ImageGenerator component",
    description = "How the ImageGenerator component fetches images a provider answers as URLs")
@interface ImageGeneratorConfig {
  @AttributeDefinition(description = "Seconds to wait for a connection to the image host")
  int connectTimeoutSeconds() default 30;

  @AttributeDefinition(description = "Seconds to wait for a whole image download")
  int downloadTimeoutSeconds() default 120;

  @AttributeDefinition(description = "Largest image accepted from a URL, in bytes")
  long maxImageBytes() default 50L * 1024 * 1024;
}
