package sre.api.llm;

import java.util.List;

/** One embedding vector per input text, in order, and the tokens the provider counted. */
public record Embeddings(List<float[]> vectors, TokenUsage usage) {
  public Embeddings {
    vectors = List.copyOf(vectors);
    usage = usage == null ? TokenUsage.NONE : usage;
  }
}
