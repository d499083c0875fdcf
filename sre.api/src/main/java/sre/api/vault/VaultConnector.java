package sre.api.vault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/** Vault backend SPI: reads secrets of one team. Team resolution and policy are the kernel's. */
@ConsumerType
public interface VaultConnector {
  CompletionStage<Optional<String>> get(String teamId, String keyName);

  CompletionStage<List<String>> listKeys(String teamId);
}
