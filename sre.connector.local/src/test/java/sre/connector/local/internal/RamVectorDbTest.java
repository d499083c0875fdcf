package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.vectordb.VectorDbConnector;
import sre.api.vectordb.VectorRecord;
import sre.connector.tck.VectorDbConnectorContract;

class RamVectorDbTest extends VectorDbConnectorContract {

  @Override
  protected VectorDbConnector connector() {
    return new RamVectorDb();
  }

  @Test
  void upsertIntoMissingNamespaceFails() {
    RamVectorDb vectors = new RamVectorDb();

    assertThat(
            failure(
                vectors.upsert(
                    "nope", List.of(new VectorRecord("a", new float[] {1}, "t", Map.of())))))
        .hasMessage("Namespace does not exist");
  }

  @Test
  void storedVectorsAreCopies() {
    RamVectorDb vectors = new RamVectorDb();
    float[] values = {1, 0};
    join(vectors.createNamespace("ns"));
    join(vectors.upsert("ns", List.of(new VectorRecord("a", values, "t", Map.of()))));
    values[0] = 0;

    assertThat(join(vectors.search("ns", new float[] {1, 0}, 1)).get(0).record().values())
        .containsExactly(1, 0);
  }

  @Test
  void mismatchedDimensionsFailTheSearch() {
    RamVectorDb vectors = new RamVectorDb();
    join(vectors.createNamespace("ns"));
    join(vectors.upsert("ns", List.of(new VectorRecord("a", new float[] {1, 0}, "t", Map.of()))));

    assertThat(failure(vectors.search("ns", new float[] {1, 0, 0}, 1)))
        .hasMessageContaining("same length");
  }
}
