package sre.api.llm;

/** Tokens a request consumed, as the provider reported them. */
public record TokenUsage(long inputTokens, long outputTokens) {
  public static final TokenUsage NONE = new TokenUsage(0, 0);
}
