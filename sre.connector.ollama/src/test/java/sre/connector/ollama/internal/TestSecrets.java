package sre.connector.ollama.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  static final String KEY = "ollama-proxy-token-5e1f0aded5ecret";

  static final List<String> ALL = List.of(KEY);

  private TestSecrets() {}
}
