package sre.connector.vault.hashicorp.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * A static token from a file or an environment variable, read on each request (reads are rare
 * thanks to the secrets cache), so a token rotated in its file by Vault Agent is used at once.
 */
final class TokenAuth implements VaultAuth {
  private final CredentialSource source;
  private final UnaryOperator<String> environment;

  TokenAuth(CredentialSource source, UnaryOperator<String> environment) {
    this.source = source;
    this.environment = environment;
  }

  @Override
  public CompletionStage<String> token() {
    try {
      return CompletableFuture.completedFuture(source.read(environment));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public boolean refused(String token) {
    return false;
  }

  @Override
  public String toString() {
    return "token auth from " + (source.file().isEmpty() ? "$" + source.variable() : source.file());
  }
}
