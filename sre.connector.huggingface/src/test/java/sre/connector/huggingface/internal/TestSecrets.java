package sre.connector.huggingface.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  static final String KEY = "hf_testTokenC0ffee5ecret42";

  static final List<String> ALL = List.of(KEY);

  private TestSecrets() {}
}
