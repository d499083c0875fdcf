package sre.connector.bedrock.internal;

import java.util.List;

/** Every secret value the suite uses; the log scan looks for each. */
final class TestSecrets {
  /** A secret access key the kernel would read from the team's vault. */
  static final String VAULT_SECRET = "wJalrXUtnFEMI-vault-7d3e0c0ffee5ecret";

  /** A secret access key read from the variable named by secret.key.env. */
  static final String ENV_SECRET = "wJalrXUtnFEMI-env-9a1b2c3d4e5f6secret";

  static final List<String> ALL = List.of(VAULT_SECRET, ENV_SECRET);

  private TestSecrets() {}
}
