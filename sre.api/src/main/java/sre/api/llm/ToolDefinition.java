package sre.api.llm;

import java.util.Objects;

/**
 * A tool (function) the model may call: its name, what it does, and the JSON Schema of its
 * arguments object, as JSON text (e.g. {@code
 * {"type":"object","properties":{...},"required":[...]}}).
 */
public record ToolDefinition(String name, String description, String parametersSchema) {
  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    parametersSchema =
        parametersSchema == null || parametersSchema.isBlank()
            ? "{\"type\":\"object\",\"properties\":{}}"
            : parametersSchema;
  }
}
