package sre.connector.vault.hashicorp.internal;

import java.util.List;

/** Every credential and secret value the suite uses, for SecretsNotLoggedTest. */
final class TestSecrets {
  static final String TOKEN = "hvs.static-token-5f2c9a71e0";
  static final String ROLE_ID = "role-id-8d1e4b7c2a90";
  static final String SECRET_ID = "secret-id-3c7f1a9e5b42";
  static final String OPENAI = "sk-openai-value-b81f37c2d9";
  static final String ROTATED = "sk-openai-rotated-64e0a1f";

  /** Prefix of the tokens the fake's AppRole login issues. */
  static final String APPROLE_TOKEN_PREFIX = "hvs.approle-token-";

  static final List<String> ALL = List.of(TOKEN, ROLE_ID, SECRET_ID, OPENAI, ROTATED);

  private TestSecrets() {}
}
