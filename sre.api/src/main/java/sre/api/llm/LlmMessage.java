package sre.api.llm;

import java.util.List;
import java.util.Objects;

/**
 * One chat message.
 *
 * <ul>
 *   <li>{@code role}: {@code system}, {@code user}, {@code assistant} or {@code tool};
 *   <li>{@code content}: its text (may be empty, e.g. an assistant turn that only calls tools);
 *   <li>{@code attachments}: images (or other media) sent with a user message, for vision models;
 *   <li>{@code toolCalls}: the calls an assistant turn asked for, when the conversation replays it;
 *   <li>{@code toolCallId}, {@code toolName}: on a {@code tool} message, which call it answers.
 * </ul>
 */
public record LlmMessage(
    String role,
    String content,
    List<LlmAttachment> attachments,
    List<ToolCall> toolCalls,
    String toolCallId,
    String toolName) {

  public LlmMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  /** A plain text message. */
  public LlmMessage(String role, String content) {
    this(role, content, List.of(), List.of(), null, null);
  }

  public static LlmMessage system(String content) {
    return new LlmMessage("system", content);
  }

  public static LlmMessage user(String content) {
    return new LlmMessage("user", content);
  }

  /** A user message with images (or other media) for a vision model. */
  public static LlmMessage user(String content, List<LlmAttachment> attachments) {
    return new LlmMessage("user", content, attachments, List.of(), null, null);
  }

  public static LlmMessage assistant(String content) {
    return new LlmMessage("assistant", content);
  }

  /** An assistant turn that asked for tool calls, replayed in a later request. */
  public static LlmMessage assistant(String content, List<ToolCall> toolCalls) {
    return new LlmMessage("assistant", content, List.of(), toolCalls, null, null);
  }

  /** The result of one tool call, answering {@code call}. */
  public static LlmMessage toolResult(ToolCall call, String result) {
    return new LlmMessage("tool", result, List.of(), List.of(), call.id(), call.name());
  }
}
