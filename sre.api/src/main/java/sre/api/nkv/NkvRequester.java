package sre.api.nkv;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Key-value operations in the candidate's team. Namespaces and keys must be non-empty; a blank one
 * fails the stage with {@link IllegalArgumentException}.
 */
@ProviderType
public interface NkvRequester {
  CompletionStage<Optional<String>> get(String namespace, String key);

  CompletionStage<Void> set(String namespace, String key, String value);

  CompletionStage<Void> delete(String namespace, String key);

  CompletionStage<Boolean> exists(String namespace, String key);

  /** Every key of a namespace with its value, in key order. */
  CompletionStage<List<NkvEntry>> list(String namespace);

  CompletionStage<Void> deleteAll(String namespace);
}
