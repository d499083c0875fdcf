package sre.cli.internal.conformance;

import java.util.Optional;

/**
 * How one case went: the first difference found (empty when it passed); whether the agent ran at
 * all (else the difference is why not) and, when it did, the actual {@code data}.
 */
public record CaseResult(
    ConformanceCase testCase, Optional<String> difference, boolean ran, Object actual) {
  public boolean passed() {
    return difference.isEmpty();
  }

  static CaseResult compared(ConformanceCase c, Optional<String> difference, Object actual) {
    return new CaseResult(c, difference, true, actual);
  }

  static CaseResult notRun(ConformanceCase c, String reason) {
    return new CaseResult(c, Optional.of(reason), false, null);
  }
}
