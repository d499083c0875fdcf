package sre.connector.vault.hashicorp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where one credential (token, role id, secret id) is read from: a file when one is named, else an
 * environment variable. Holds the names only; the value is read on demand so a rotated file is
 * picked up, and never appears in messages.
 *
 * @param what the credential, for messages (e.g. "Vault token")
 * @param variable environment variable name, may be empty
 * @param file file path, may be empty
 */
record CredentialSource(String what, String variable, String file) {

  /** The credential, trimmed; fails naming the variable or file (never a value) when absent. */
  String read(UnaryOperator<String> environment) {
    if (!file.isEmpty()) {
      try {
        String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        if (value.isEmpty()) {
          throw new HashicorpVaultException("The " + what + " file '" + file + "' is empty");
        }
        return value;
      } catch (IOException e) {
        throw new HashicorpVaultException(
            "Cannot read the " + what + " file '" + file + "': " + e.getClass().getSimpleName(), e);
      }
    }
    String value = variable.isEmpty() ? null : environment.apply(variable);
    if (value == null || value.isBlank()) {
      throw new HashicorpVaultException(
          "No "
              + what
              + ": set a file or an environment variable in the configuration"
              + (variable.isEmpty() ? "" : " (variable '" + variable + "' is not set)"));
    }
    return value.trim();
  }
}
