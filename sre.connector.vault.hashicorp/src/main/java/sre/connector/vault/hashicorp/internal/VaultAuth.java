package sre.connector.vault.hashicorp.internal;

import java.util.concurrent.CompletionStage;

/** Supplies the token requests carry. Tokens never leave this package's request headers. */
interface VaultAuth {

  CompletionStage<String> token();

  /**
   * Vault refused {@code token} (403). Returns whether asking {@link #token()} again may give a
   * different, valid token, in which case the request is retried once.
   */
  boolean refused(String token);
}
