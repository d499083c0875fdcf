package sre.api.nkv;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Key-value backend SPI: I/O only. The kernel passes a {@code scope} (e.g. {@code team_default})
 * that the connector must keep apart from every other scope.
 */
@ConsumerType
public interface NkvConnector {
  CompletionStage<Optional<String>> get(String scope, String namespace, String key);

  CompletionStage<Void> set(String scope, String namespace, String key, String value);

  CompletionStage<Void> delete(String scope, String namespace, String key);

  CompletionStage<Boolean> exists(String scope, String namespace, String key);

  /** Entries of a namespace, sorted by key. */
  CompletionStage<List<NkvEntry>> list(String scope, String namespace);

  CompletionStage<Void> deleteAll(String scope, String namespace);
}
