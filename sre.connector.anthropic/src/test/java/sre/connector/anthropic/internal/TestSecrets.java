package sre.connector.anthropic.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  static final String KEY = "sk-ant-test-7d3e0c0ffee5ecret";

  static final List<String> ALL = List.of(KEY);

  private TestSecrets() {}
}
