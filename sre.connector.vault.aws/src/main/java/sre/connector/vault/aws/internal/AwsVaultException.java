package sre.connector.vault.aws.internal;

/**
 * Secrets Manager could not answer: unreachable, refusing the credentials, throttling. Messages
 * name the endpoint and the secret id or operation, never a credential or a secret value.
 */
public final class AwsVaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AwsVaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
