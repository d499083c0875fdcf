package sre.connector.local.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Describes a JSON parse failure by kind and position only. Jackson's own messages quote the
 * offending token ({@code Unrecognized token 'sk-abc...'}), which in a vault file is a secret, so
 * they never reach a log or an exception message.
 */
final class JsonProblem {

  private JsonProblem() {}

  static String describe(JsonProcessingException e) {
    String kind;
    if (e instanceof JsonEOFException) {
      kind = "unexpected end of input (unclosed object, array or string?)";
    } else if (e instanceof MismatchedInputException) {
      kind = "unexpected content";
    } else if (e instanceof JsonParseException) {
      kind = "invalid JSON syntax (missing quote, comma or colon?)";
    } else {
      kind = "unreadable JSON";
    }
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return kind;
    }
    return kind + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
