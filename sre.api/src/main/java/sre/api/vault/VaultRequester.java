package sre.api.vault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** Vault reads bound to one candidate. Values never appear in logs or exception messages. */
@ProviderType
public interface VaultRequester {
  /** The secret, or empty when the key exists in neither the team nor the shared team. */
  CompletionStage<Optional<String>> get(String keyName);

  CompletionStage<Boolean> exists(String keyName);

  /** Key names (never values) of the candidate's team, sorted. */
  CompletionStage<List<String>> listKeys();
}
