package sre.connector.gemini.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  static final String KEY = "AIzaTest-9c1e5ecretc0ffee42";

  static final List<String> ALL = List.of(KEY);

  private TestSecrets() {}
}
