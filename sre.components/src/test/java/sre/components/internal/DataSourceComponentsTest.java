package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.RunContext;
import sre.api.llm.Llm;
import sre.api.nkv.Nkv;
import sre.api.security.AccessCandidate;
import sre.api.vectordb.VectorDb;
import sre.api.vectordb.VectorDbRequester;
import sre.api.vectordb.VectorMatch;
import sre.api.vectordb.VectorRecord;

class DataSourceComponentsTest {
  private final Map<String, Map<String, VectorRecord>> spaces = new ConcurrentHashMap<>();
  private final Map<String, String> nkvData = new ConcurrentHashMap<>();
  private final RunContext run =
      TestCalls.run(
          new AgentRequest(
              "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
          Map.of(),
          Map.of(
              Llm.class,
              new RecordingLlm(""),
              VectorDb.class,
              (VectorDb) c -> new RamVectors(),
              Nkv.class,
              TestServices.nkv(nkvData)));

  @Test
  void chunksLikeTheRecursiveSplitter() {
    assertThat(new TextChunks(10, 3).split("aaaa bbbb cccc\n\ndddd"))
        .containsExactly("aaaa bbbb", "cccc", "dddd");
    assertThat(
            new TextChunks(TextChunks.DEFAULT_SIZE, TextChunks.DEFAULT_OVERLAP).split("short text"))
        .containsExactly("short text");
  }

  @Test
  void indexesLooksUpAndCleans() {
    Map<String, Object> indexed =
        result(
            new DataSourceIndexerComponent("echo")
                .process(
                    call(
                        Map.of(
                            "namespace",
                            "docs",
                            "id",
                            "doc-{{n}}",
                            "name",
                            "Doc",
                            "metadata",
                            "{\"k\":1}",
                            "chunkSize",
                            "12",
                            "chunkOverlap",
                            "0"),
                        Map.of("Source", "apples are red\n\nbananas are yellow", "n", 1L),
                        run)));
    assertThat(indexed)
        .isEqualTo(Map.of("Success", Map.of("result", "OK", "id", "default::docs::doc-1")));
    assertThat(spaces.get("docs")).hasSize(4);
    assertThat(spaces.get("docs").keySet()).allMatch(id -> id.startsWith("default::docs::doc-1_"));

    Map<String, Object> found =
        result(
            new DataSourceLookupComponent("echo")
                .process(
                    call(
                        Map.of("namespace", "team_docs", "topK", 1L, "includeMetadata", true),
                        Map.of("Query", "apples are red"),
                        run)));
    assertThat(found)
        .isEqualTo(
            Map.of(
                "Results", List.of(Map.of("content", "apples are", "metadata", Map.of("k", 1L)))));

    assertThat(
            result(
                new DataSourceCleanerComponent()
                    .process(call(Map.of("namespaceId", "docs", "id", "doc-1"), Map.of(), run))))
        .isEqualTo(Map.of("Success", true));
    assertThat(spaces.get("docs")).isEmpty();
    assertThat(
            result(
                new DataSourceIndexerComponent("echo")
                    .process(
                        call(
                            Map.of("namespace", "docs", "id", "x"),
                            Map.of("Source", "https://example.com/a"),
                            run))))
        .containsEntry("_error", "URLs are not supported yet");
    assertThat(
            result(
                new DataSourceLookupComponent("echo")
                    .process(call(Map.of("namespace", "nope"), Map.of("Query", "q"), run))))
        .containsEntry("_error", "Namespace does not exist");
  }

  private final class RamVectors implements VectorDbRequester {
    public CompletionStage<Void> createNamespace(String n) {
      spaces.putIfAbsent(n, new ConcurrentHashMap<>());
      return CompletableFuture.completedFuture(null);
    }

    public CompletionStage<Boolean> namespaceExists(String n) {
      return CompletableFuture.completedFuture(spaces.containsKey(n));
    }

    public CompletionStage<Void> deleteNamespace(String n) {
      spaces.remove(n);
      return CompletableFuture.completedFuture(null);
    }

    public CompletionStage<Void> upsert(String n, List<VectorRecord> records) {
      records.forEach(r -> spaces.get(n).put(r.id(), r));
      return CompletableFuture.completedFuture(null);
    }

    public CompletionStage<List<VectorMatch>> search(String n, float[] q, int topK) {
      List<VectorMatch> out = new ArrayList<>();
      spaces.get(n).values().forEach(r -> out.add(new VectorMatch(r, cosine(q, r.values()))));
      out.sort(Comparator.comparingDouble(VectorMatch::score).reversed());
      return CompletableFuture.completedFuture(out.subList(0, Math.min(topK, out.size())));
    }

    public CompletionStage<Void> delete(String n, List<String> ids) {
      ids.forEach(spaces.get(n)::remove);
      return CompletableFuture.completedFuture(null);
    }

    private double cosine(float[] a, float[] b) {
      double dot = 0, na = 0, nb = 0;
      for (int i = 0; i < a.length; i++) {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
      }
      return dot / Math.sqrt(na * nb);
    }
  }
}
