package sre.api.component.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SRE's template strings: {@code {{token}}} placeholders filled from a data map (by key, then as a
 * {@link JsonPath}), with SRE's quote escaping of string values, and {@code {{KEY(name)}}} vault
 * placeholders.
 */
public final class TemplateString {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern VAULT_KEY = Pattern.compile("\\{\\{KEY\\((.*?)\\)}}");
  private static final int MAX_PASSES = 5;

  private TemplateString() {}

  /** Whether the text contains a {@code {{...}}} placeholder. */
  public static boolean hasPlaceholder(String text) {
    return text.contains("{{") && PLACEHOLDER.matcher(text).find();
  }

  /**
   * Fills placeholders from {@code data}. Unknown, null and undefined tokens stay verbatim; objects
   * and arrays are inserted as JSON; strings have {@code "} escaped to {@code \"}. Repeats up to
   * five passes so inserted values are expanded too.
   */
  public static String parse(String template, Map<String, ?> data) {
    if (template.indexOf("{{") < 0) {
      return template;
    }
    String current = template;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = replaceOnce(current, data);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** {@link #parse} for any input value: non-strings are returned unchanged. */
  public static Object parseValue(Object value, Map<String, ?> data) {
    return value instanceof String s ? parse(s, data) : value;
  }

  private static String replaceOnce(String text, Map<String, ?> data) {
    Matcher m = PLACEHOLDER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int last = 0;
    do {
      sb.append(text, last, m.start());
      sb.append(render(lookup(data, m.group(1)), m.group(1)));
      last = m.end();
    } while (m.find());
    sb.append(text, last, text.length());
    return sb.toString();
  }

  private static Object lookup(Map<String, ?> data, String token) {
    Object direct = data.get(token);
    if (direct != null) {
      return direct;
    }
    return JsonPath.get(data, token);
  }

  private static String render(Object value, String token) {
    if (value == null || value == JsonPath.UNDEFINED) {
      return "{{" + token + "}}";
    }
    if (value instanceof Map || value instanceof List) {
      return Json.stringify(value);
    }
    if (value instanceof String s) {
      return escapeQuotes(s);
    }
    return JsValues.toJsString(value);
  }

  /** SRE's {@code escapeJsonField}: unescape {@code \"}, then escape every {@code "}. */
  public static String escapeQuotes(String s) {
    if (s.indexOf('"') < 0) {
      return s;
    }
    return s.replace("\\\"", "\"").replace("\"", "\\\"");
  }

  /** Whether the text contains a {@code {{KEY(name)}}} placeholder. */
  public static boolean hasVaultKey(String text) {
    return text.contains("{{KEY(") && VAULT_KEY.matcher(text).find();
  }

  /**
   * Resolves {@code {{KEY(name)}}} placeholders through {@code lookup} (SRE's {@code
   * parseTeamKeysAsync}): a found secret is inserted (quote-escaped), a missing key leaves the
   * placeholder, a failed lookup inserts the key name.
   */
  public static CompletionStage<String> resolveVaultKeys(
      String text, Function<String, CompletionStage<Optional<String>>> lookup) {
    Matcher m = VAULT_KEY.matcher(text);
    Set<String> names = new LinkedHashSet<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    if (names.isEmpty()) {
      return CompletableFuture.completedFuture(text);
    }
    Map<String, String> resolved = new HashMap<>();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (String name : names) {
      CompletableFuture<Void> one =
          safeLookup(lookup, name)
              .handle(
                  (value, error) -> {
                    String replacement;
                    if (error != null) {
                      replacement = escapeQuotes(name);
                    } else if (value.isPresent()) {
                      replacement = escapeQuotes(value.get());
                    } else {
                      replacement = "{{KEY(" + name + ")}}";
                    }
                    synchronized (resolved) {
                      resolved.put(name, replacement);
                    }
                    return null;
                  });
      pending.add(one);
    }
    return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              Matcher r = VAULT_KEY.matcher(text);
              StringBuilder sb = new StringBuilder();
              int last = 0;
              while (r.find()) {
                sb.append(text, last, r.start()).append(resolved.get(r.group(1)));
                last = r.end();
              }
              return sb.append(text, last, text.length()).toString();
            });
  }

  private static CompletableFuture<Optional<String>> safeLookup(
      Function<String, CompletionStage<Optional<String>>> lookup, String name) {
    try {
      return lookup.apply(name).toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
