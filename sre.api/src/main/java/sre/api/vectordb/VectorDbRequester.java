package sre.api.vectordb;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** Vector operations in the candidate's own namespaces (names as the caller writes them). */
@ProviderType
public interface VectorDbRequester {
  CompletionStage<Void> createNamespace(String name);

  CompletionStage<Boolean> namespaceExists(String name);

  CompletionStage<Void> deleteNamespace(String name);

  CompletionStage<Void> upsert(String name, List<VectorRecord> records);

  CompletionStage<List<VectorMatch>> search(String name, float[] query, int topK);

  CompletionStage<Void> delete(String name, List<String> ids);
}
