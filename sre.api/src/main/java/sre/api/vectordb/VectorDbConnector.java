package sre.api.vectordb;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Vector store SPI. Namespace names reaching it are physical names the kernel derived from the
 * candidate (SRE's {@code <role letter>_<id>_<name>}), so connectors need no access logic.
 */
@ConsumerType
public interface VectorDbConnector {
  CompletionStage<Void> createNamespace(String namespace);

  CompletionStage<Boolean> namespaceExists(String namespace);

  CompletionStage<Void> deleteNamespace(String namespace);

  CompletionStage<Void> upsert(String namespace, List<VectorRecord> records);

  /** Best matches first. Fails when the namespace does not exist. */
  CompletionStage<List<VectorMatch>> search(String namespace, float[] query, int topK);

  CompletionStage<Void> delete(String namespace, List<String> ids);
}
