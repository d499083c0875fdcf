package sre.connector.vault.hashicorp.internal;

/**
 * Vault could not answer: unreachable, sealed, refusing the token, or misconfigured. Messages name
 * the server and the secret's path, never a token, a credential or a secret value.
 */
public final class HashicorpVaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HashicorpVaultException(String message) {
    super(message);
  }

  HashicorpVaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
