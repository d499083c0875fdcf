package sre.api.llm;

import java.util.Objects;

/** A function call the model asked for: the provider's call id, the tool, its JSON arguments. */
public record ToolCall(String id, String name, String arguments) {
  public ToolCall {
    Objects.requireNonNull(name, "name");
    arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
  }
}
