package sre.api.code;

import java.util.Arrays;
import java.util.List;

/**
 * What an execution gave: {@code main}'s value as plain Java (null, Boolean, Long, Double, String,
 * List, Map; null also for {@code undefined}), or the errors that stopped it (SRE's {@code errors},
 * which ECMASandbox reports as {@code _error}).
 */
public record CodeResult(Object output, List<String> errors) {
  public CodeResult {
    errors = List.copyOf(errors);
  }

  public static CodeResult value(Object output) {
    return new CodeResult(output, List.of());
  }

  public static CodeResult failure(String... errors) {
    return new CodeResult(null, Arrays.asList(errors));
  }

  public boolean success() {
    return errors.isEmpty();
  }
}
