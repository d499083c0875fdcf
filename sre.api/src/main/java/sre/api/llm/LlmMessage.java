package sre.api.llm;

import java.util.Objects;

/**
 * One chat message: role ({@code system}, {@code user}, {@code assistant}, {@code tool}) and text.
 */
public record LlmMessage(String role, String content) {
  public LlmMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  public static LlmMessage system(String content) {
    return new LlmMessage("system", content);
  }

  public static LlmMessage user(String content) {
    return new LlmMessage("user", content);
  }

  public static LlmMessage assistant(String content) {
    return new LlmMessage("assistant", content);
  }
}
