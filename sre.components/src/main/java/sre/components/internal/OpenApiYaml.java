package sre.components.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import sre.api.component.support.JsValues;

/**
 * An OpenAPI spec written in YAML, read with Jackson's YAML parser into the values the JSON path
 * ({@link sre.api.component.support.Json#parseLenient}) yields: {@code LinkedHashMap}s with string
 * keys, {@code ArrayList}s, strings, {@code Long} (or {@code Double}) numbers, booleans and {@code
 * null}; so {@link OpenApiTools} reads both the same way.
 *
 * <p>Only this class touches the YAML bundles, whose imports are optional: without them, loading it
 * fails with a {@link LinkageError}, which {@link OpenApiTools} reports.
 */
final class OpenApiYaml {
  /** Deeper nesting is no spec; the limit keeps this recursive reader off the stack's end. */
  static final int MAX_DEPTH = 256;

  private static final YAMLFactory FACTORY = factory();

  private OpenApiYaml() {}

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    // The body is already in memory as one string, so SnakeYAML's 3 MB default protects nothing
    // here and would reject large real specs (GitHub's REST API spec is about 10 MB of YAML).
    options.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * The first YAML document of {@code text} as plain values; {@code null} for an empty one.
   *
   * @throws IllegalArgumentException naming the problem and its line and column when the text is
   *     not YAML this reader accepts
   */
  static Object parse(String text) {
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      return first == null ? null : value(parser, first, 0);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(e), e);
    } catch (IOException e) {
      // a String source has no I/O of its own; kept for the checked signature
      throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
    }
  }

  private static Object value(YAMLParser parser, JsonToken token, int depth) throws IOException {
    if (parser.isCurrentAlias()) {
      // Jackson hands an alias over as its anchor's name, which would silently become a string in
      // the spec; expanding aliases would let a small spec grow without bound (billion laughs).
      throw new IllegalArgumentException(
          "YAML aliases are not supported (*" + parser.getText() + at(parser) + ")");
    }
    if (token == null) {
      throw new IllegalArgumentException("Unexpected end of the YAML text" + at(parser));
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "YAML nested deeper than " + MAX_DEPTH + " levels" + at(parser));
    }
    return switch (token) {
      case START_OBJECT -> object(parser, depth);
      case START_ARRAY -> array(parser, depth);
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? (Number) parser.getDoubleValue()
              : (Number) parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> JsValues.normalize(parser.getDoubleValue());
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      // strings, and scalars with tags Jackson does not map (e.g. !!binary) as their text
      default -> parser.getText();
    };
  }

  private static Map<String, Object> object(YAMLParser parser, int depth) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      out.put(key, value(parser, parser.nextToken(), depth + 1));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalArgumentException("Unexpected end of a YAML mapping" + at(parser));
    }
    return out;
  }

  private static List<Object> array(YAMLParser parser, int depth) throws IOException {
    List<Object> out = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IllegalArgumentException("Unexpected end of a YAML sequence" + at(parser));
      }
      out.add(value(parser, token, depth + 1));
    }
    return out;
  }

  /**
   * SnakeYAML's multi-line message (context, problem, a caret drawing) as one line: {@code
   * <context>: <problem> (line L, column C)}.
   */
  private static String describe(JsonProcessingException e) {
    if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      String context = marked.getContext() == null ? "" : marked.getContext().strip() + ": ";
      Mark mark = marked.getProblemMark();
      String where =
          mark == null
              ? ""
              : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
      return context + marked.getProblem().strip() + where;
    }
    String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    String first = message.strip().lines().findFirst().orElse("");
    String position = position(e.getLocation());
    return position.isEmpty() ? first : first + " (" + position + ")";
  }

  /** {@code " at line L, column C"} of the current token, or nothing when unknown. */
  private static String at(YAMLParser parser) {
    String position = position(parser.currentTokenLocation());
    return position.isEmpty() ? "" : " at " + position;
  }

  private static String position(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
