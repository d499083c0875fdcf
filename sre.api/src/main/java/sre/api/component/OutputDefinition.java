package sre.api.component;

/**
 * One declared output of a component in the agent graph.
 *
 * @param name output name
 * @param expression path read from the result for a derived output (e.g. {@code body.name}), or
 *     null
 * @param primary {@code default: true} in the file: the value is read from the result by name
 * @param description the output's description (LLM components use it), or null
 */
public record OutputDefinition(
    String name, String expression, boolean primary, String description) {
  public OutputDefinition(String name, String expression, boolean primary) {
    this(name, expression, primary, null);
  }
}
