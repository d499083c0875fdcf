package sre.connector.local.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.osgi.service.component.annotations.Component;
import sre.api.connector.ConnectorName;
import sre.api.vectordb.VectorDbConnector;
import sre.api.vectordb.VectorMatch;
import sre.api.vectordb.VectorRecord;

/**
 * SRE's {@code RAMVec}: vectors in process memory, searched exhaustively by cosine similarity.
 * Unlike SRE's (static maps shared by every instance) each instance has its own store. Search and
 * upsert on a namespace nobody created fail with SRE's "Namespace does not exist".
 */
@Component(service = VectorDbConnector.class)
@ConnectorName("RAMVec")
public final class RamVectorDb implements VectorDbConnector {

  static final String NO_NAMESPACE = "Namespace does not exist";

  private final ConcurrentMap<String, ConcurrentMap<String, VectorRecord>> namespaces =
      new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Void> createNamespace(String namespace) {
    return Answers.done(
        () -> namespaces.computeIfAbsent(namespace, n -> new ConcurrentHashMap<>()));
  }

  @Override
  public CompletionStage<Boolean> namespaceExists(String namespace) {
    return Answers.now(() -> namespaces.containsKey(namespace));
  }

  @Override
  public CompletionStage<Void> deleteNamespace(String namespace) {
    return Answers.done(() -> namespaces.remove(namespace));
  }

  @Override
  public CompletionStage<Void> upsert(String namespace, List<VectorRecord> records) {
    return Answers.done(
        () -> {
          Map<String, VectorRecord> vectors = existing(namespace);
          records.forEach(record -> vectors.put(record.id(), copy(record)));
        });
  }

  @Override
  public CompletionStage<List<VectorMatch>> search(String namespace, float[] query, int topK) {
    return Answers.now(
        () ->
            existing(namespace).values().stream()
                .map(record -> new VectorMatch(copy(record), cosine(query, record.values())))
                .sorted(Comparator.comparingDouble(VectorMatch::score).reversed())
                .limit(Math.max(0, topK))
                .toList());
  }

  @Override
  public CompletionStage<Void> delete(String namespace, List<String> ids) {
    return Answers.done(
        () -> {
          Map<String, VectorRecord> vectors = namespaces.get(namespace);
          if (vectors != null) {
            ids.forEach(vectors::remove);
          }
        });
  }

  private Map<String, VectorRecord> existing(String namespace) {
    Map<String, VectorRecord> vectors = namespaces.get(Objects.requireNonNull(namespace));
    if (vectors == null) {
      throw new IllegalStateException(NO_NAMESPACE);
    }
    return vectors;
  }

  /** Records hold arrays; copies keep callers from changing stored vectors afterwards. */
  private static VectorRecord copy(VectorRecord record) {
    return new VectorRecord(record.id(), record.values().clone(), record.text(), record.metadata());
  }

  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "Vectors must have the same length (" + a.length + " vs " + b.length + ")");
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      normA += (double) a[i] * a[i];
      normB += (double) b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
