package sre.api.code;

/** How {@link CodeExecution#inputs()} become the arguments of {@code main}, by parameter name. */
public enum ArgumentStyle {
  /**
   * Each input is a JSON value (null, Boolean, Number, String, List, Map) passed as that value; a
   * parameter without an input is {@code undefined}. What a remote executor would receive as its
   * event. ServerlessCode uses it.
   */
  JSON,

  /**
   * Each input is a String of JavaScript source text pasted as the argument; a parameter without an
   * input is {@code undefined}. Lets ECMASandbox keep SRE's injection, where a string argument is
   * wrapped in single quotes without escaping and anything else is written as its JavaScript string
   * form (so the caller builds the text, and its quirks stay with the caller).
   */
  SOURCE_TEXT
}
