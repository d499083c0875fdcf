package sre.kernel.internal.vectordb;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.api.vectordb.VectorDbConnector;
import sre.api.vectordb.VectorDbRequester;
import sre.api.vectordb.VectorMatch;
import sre.api.vectordb.VectorRecord;
import sre.kernel.internal.select.ConnectorIo;

/**
 * Vector calls of one candidate. Namespaces are physically private: the connector sees SRE's name
 * {@code <role letter>_<candidate id>_<name trimmed, blanks to _, lower case>}.
 */
final class ScopedVectorDb implements VectorDbRequester {
  private final AccessCandidate candidate;
  private final ConnectorIo<VectorDbConnector> io;

  ScopedVectorDb(AccessCandidate candidate, ConnectorIo<VectorDbConnector> io) {
    this.candidate = candidate;
    this.io = io;
  }

  static String physicalName(AccessCandidate candidate, String name) {
    return candidate.role().letter()
        + "_"
        + candidate.id()
        + "_"
        + name.trim().replaceAll("\\s+", "_").toLowerCase(Locale.ROOT);
  }

  @Override
  public CompletionStage<Void> createNamespace(String name) {
    return in(name, ns -> io.call(c -> c.createNamespace(ns)));
  }

  @Override
  public CompletionStage<Boolean> namespaceExists(String name) {
    return in(name, ns -> io.call(c -> c.namespaceExists(ns)));
  }

  @Override
  public CompletionStage<Void> deleteNamespace(String name) {
    return in(name, ns -> io.call(c -> c.deleteNamespace(ns)));
  }

  @Override
  public CompletionStage<Void> upsert(String name, List<VectorRecord> records) {
    return in(name, ns -> io.call(c -> c.upsert(ns, records)));
  }

  @Override
  public CompletionStage<List<VectorMatch>> search(String name, float[] query, int topK) {
    return in(name, ns -> io.call(c -> c.search(ns, query, topK)));
  }

  @Override
  public CompletionStage<Void> delete(String name, List<String> ids) {
    return in(name, ns -> io.call(c -> c.delete(ns, ids)));
  }

  private <T> CompletionStage<T> in(String name, Function<String, CompletionStage<T>> action) {
    if (candidate.role() == AccessRole.PUBLIC) {
      return CompletableFuture.failedFuture(
          new AccessDeniedException(candidate.write("vectors:" + name)));
    }
    if (name == null || name.isBlank()) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Namespace name must not be blank"));
    }
    return action.apply(physicalName(candidate, name));
  }
}
