package sre.connector.openai.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  static final String DIRECT_KEY = "sk-test-4f9a1c0ffee5ecret";
  static final String TEAM_KEY = "sk-team-default-9b7e2d11c4";

  static final List<String> ALL = List.of(DIRECT_KEY, TEAM_KEY);

  private TestSecrets() {}
}
