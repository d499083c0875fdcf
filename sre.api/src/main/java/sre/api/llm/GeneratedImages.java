package sre.api.llm;

import java.util.List;

/** The images one request produced, in the provider's order, and the tokens it counted. */
public record GeneratedImages(List<GeneratedImage> images, TokenUsage usage) {
  public GeneratedImages {
    images = List.copyOf(images);
    usage = usage == null ? TokenUsage.NONE : usage;
  }
}
