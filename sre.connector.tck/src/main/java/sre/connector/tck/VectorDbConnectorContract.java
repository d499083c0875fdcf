package sre.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.vectordb.VectorDbConnector;
import sre.api.vectordb.VectorMatch;
import sre.api.vectordb.VectorRecord;

/**
 * What every {@link VectorDbConnector} must do, whatever its backend: namespaces that exist only
 * once created, cosine-ranked search (best first, higher is closer), upsert by id, and namespaces
 * that never leak into each other. Extend it and implement {@link #connector()}.
 *
 * <p>Namespaces carry a random suffix per test. Hooks: {@link #setUp()} before {@link
 * #connector()}, {@link #tearDown()} after each test; override them without JUnit annotations.
 */
public abstract class VectorDbConnectorContract {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** The namespace most tests use. */
  protected final String namespace = namespace("main");

  private VectorDbConnector vectors;

  /** A connector ready to use. Called once per test, after {@link #setUp()}. */
  protected abstract VectorDbConnector connector() throws Exception;

  /** Runs before {@link #connector()} in every test. */
  protected void setUp() throws Exception {}

  /** Runs after every test. */
  protected void tearDown() throws Exception {}

  /** A namespace private to this test, shaped like the kernel's physical names. */
  protected final String namespace(String name) {
    return "u_tck-" + run + "_" + name;
  }

  @BeforeEach
  final void startVectorDbContract() throws Exception {
    setUp();
    vectors = connector();
  }

  @AfterEach
  final void stopVectorDbContract() throws Exception {
    tearDown();
  }

  private static VectorRecord record(String id, float... values) {
    return new VectorRecord(id, values, "text of " + id, Map.of("source", id));
  }

  private void seed() {
    join(vectors.createNamespace(namespace));
    join(
        vectors.upsert(
            namespace,
            List.of(
                record("east", 1, 0, 0),
                record("north-east", 1, 1, 0),
                record("north", 0, 1, 0),
                record("up", 0, 0, 1))));
  }

  @Test
  void namespaceExistsOnlyOnceCreated() {
    assertThat(join(vectors.namespaceExists(namespace))).isFalse();
    join(vectors.createNamespace(namespace));
    assertThat(join(vectors.namespaceExists(namespace))).isTrue();
  }

  @Test
  void createNamespaceTwiceKeepsItsVectors() {
    seed();
    join(vectors.createNamespace(namespace));

    assertThat(join(vectors.search(namespace, new float[] {1, 0, 0}, 10))).hasSize(4);
  }

  @Test
  void searchOfMissingNamespaceFails() {
    assertThat(failure(vectors.search(namespace("missing"), new float[] {1, 0, 0}, 5)))
        .hasMessageContaining("Namespace does not exist");
  }

  @Test
  void searchOfEmptyNamespaceFindsNothing() {
    join(vectors.createNamespace(namespace));

    assertThat(join(vectors.search(namespace, new float[] {1, 0, 0}, 5))).isEmpty();
  }

  @Test
  void searchRanksByCosineSimilarityBestFirst() {
    seed();

    List<VectorMatch> matches = join(vectors.search(namespace, new float[] {2, 0.1f, 0}, 10));

    assertThat(matches)
        .extracting(m -> m.record().id())
        .containsExactly("east", "north-east", "north", "up");
    assertThat(matches)
        .extracting(VectorMatch::score)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void identicalDirectionScoresOne() {
    seed();

    VectorMatch best = join(vectors.search(namespace, new float[] {3, 3, 0}, 1)).get(0);

    assertThat(best.record().id()).isEqualTo("north-east");
    assertThat(best.score()).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void searchReturnsAtMostTopK() {
    seed();

    assertThat(join(vectors.search(namespace, new float[] {1, 1, 1}, 2))).hasSize(2);
  }

  @Test
  void matchesCarryTextMetadataAndValues() {
    seed();

    VectorRecord found = join(vectors.search(namespace, new float[] {0, 0, 1}, 1)).get(0).record();

    assertThat(found.id()).isEqualTo("up");
    assertThat(found.text()).isEqualTo("text of up");
    assertThat(found.metadata()).containsEntry("source", "up");
    assertThat(found.values()).containsExactly(0, 0, 1);
  }

  @Test
  void upsertReplacesARecordWithTheSameId() {
    seed();
    join(
        vectors.upsert(
            namespace,
            List.of(new VectorRecord("east", new float[] {0, 0, 1}, "moved", Map.of()))));

    List<VectorMatch> matches = join(vectors.search(namespace, new float[] {0, 0, 1}, 10));
    assertThat(matches).hasSize(4);
    assertThat(matches.get(0).record().text()).isIn("moved", "text of up");
    assertThat(matches.get(1).record().text()).isIn("moved", "text of up");
  }

  @Test
  void deleteRemovesRecordsAndIgnoresUnknownIds() {
    seed();
    join(vectors.delete(namespace, List.of("east", "no-such-id")));

    assertThat(join(vectors.search(namespace, new float[] {1, 0, 0}, 10)))
        .extracting(m -> m.record().id())
        .containsExactlyInAnyOrder("north-east", "north", "up");
  }

  @Test
  void deleteNamespaceRemovesItAndItsVectors() {
    seed();
    join(vectors.deleteNamespace(namespace));

    assertThat(join(vectors.namespaceExists(namespace))).isFalse();
    join(vectors.createNamespace(namespace));
    assertThat(join(vectors.search(namespace, new float[] {1, 0, 0}, 10))).isEmpty();
  }

  @Test
  void deleteOfMissingNamespaceSucceeds() {
    join(vectors.deleteNamespace(namespace("never-created")));
  }

  @Test
  void namespacesNeverSeeEachOther() {
    seed();
    String other = namespace("other");
    join(vectors.createNamespace(other));
    join(vectors.upsert(other, List.of(record("other-east", 1, 0, 0))));

    assertThat(join(vectors.search(other, new float[] {1, 0, 0}, 10)))
        .extracting(m -> m.record().id())
        .containsExactly("other-east");
    assertThat(join(vectors.search(namespace, new float[] {1, 0, 0}, 10)))
        .extracting(m -> m.record().id())
        .doesNotContain("other-east");
  }
}
