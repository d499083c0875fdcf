package sre.api.component;

/**
 * One declared input of a component in the agent graph (the {@code inputs[]} entry of a {@code
 * .smyth} component).
 *
 * @param name input name (the key under which its value arrives)
 * @param type declared type as written ({@code Any}, {@code Text}, {@code Number}...); typing is
 *     case-insensitive
 * @param optional whether the component may run without a value for it
 * @param defaultValue the {@code defaultVal} as written (string, number, boolean) or null
 * @param file whether the input carries a file ({@code isFile})
 */
public record InputDefinition(
    String name, String type, boolean optional, Object defaultValue, boolean file) {}
