package sre.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.storage.StorageConnector;
import sre.api.storage.StoredObject;

/**
 * What every {@link StorageConnector} must do, whatever its backend. Extend it in the connector's
 * tests and implement {@link #connector()}.
 *
 * <p>Every test works under its own random {@link #prefix}, so backends that keep data between
 * tests (a real bucket, a shared folder) never see another test's objects.
 *
 * <p>Hooks: {@link #setUp()} runs before {@link #connector()} (start a server, make a folder),
 * {@link #tearDown()} after each test (close clients). Override them without adding JUnit
 * annotations: this class already calls them.
 */
public abstract class StorageConnectorContract {

  /** Root of this test's ids, e.g. {@code tck/3f2a.../}. */
  protected final String prefix = "tck/" + UUID.randomUUID() + "/";

  private StorageConnector storage;

  /** A connector ready to use. Called once per test, after {@link #setUp()}. */
  protected abstract StorageConnector connector() throws Exception;

  /** Runs before {@link #connector()} in every test. */
  protected void setUp() throws Exception {}

  /** Runs after every test. */
  protected void tearDown() throws Exception {}

  /** The connector under test in the current test. */
  protected final StorageConnector storage() {
    return storage;
  }

  @BeforeEach
  final void startStorageContract() throws Exception {
    setUp();
    storage = connector();
  }

  @AfterEach
  final void stopStorageContract() throws Exception {
    tearDown();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private StoredObject read(String id) {
    Optional<StoredObject> object = join(storage.read(id));
    assertThat(object).as("object %s", id).isPresent();
    return object.orElseThrow();
  }

  @Test
  void readOfMissingObjectIsEmpty() {
    assertThat(join(storage.read(prefix + "missing.txt"))).isEmpty();
  }

  @Test
  void writtenBytesAndMetadataReadBack() {
    String id = prefix + "a/b/file.txt";
    join(storage.write(id, utf8("hello"), Map.of("ContentType", "text/plain", "acl", "h:xxh3|")));

    StoredObject object = read(id);
    assertThat(object.data()).isEqualTo(utf8("hello"));
    assertThat(object.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("ContentType", "text/plain", "acl", "h:xxh3|"));
  }

  @Test
  void emptyObjectRoundTrips() {
    String id = prefix + "empty.bin";
    join(storage.write(id, new byte[0], Map.of()));

    assertThat(read(id).data()).isEmpty();
    assertThat(join(storage.exists(id))).isTrue();
  }

  @Test
  void everyByteValueRoundTrips() {
    byte[] all = new byte[512];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    String id = prefix + "all-bytes.bin";
    join(storage.write(id, all, Map.of()));

    assertThat(read(id).data()).isEqualTo(all);
  }

  @Test
  void largeObjectRoundTrips() {
    byte[] large = randomBytes(3 * 1024 * 1024 + 17, 42);
    String id = prefix + "large.bin";
    join(storage.write(id, large, Map.of("size", String.valueOf(large.length))));

    StoredObject object = read(id);
    assertThat(object.data()).hasSize(large.length);
    assertThat(Arrays.equals(object.data(), large)).as("same bytes").isTrue();
  }

  @Test
  void laterChangesToTheCallersArrayDoNotReachTheStoredObject() {
    byte[] data = utf8("original");
    String id = prefix + "copy.txt";
    join(storage.write(id, data, Map.of()));
    Arrays.fill(data, (byte) 'x');

    assertThat(read(id).data()).isEqualTo(utf8("original"));
  }

  @Test
  void overwriteReplacesDataAndMetadata() {
    String id = prefix + "over.txt";
    join(storage.write(id, utf8("first, longer content"), Map.of("a", "1", "b", "2")));
    join(storage.write(id, utf8("second"), Map.of("c", "3")));

    StoredObject object = read(id);
    assertThat(object.data()).isEqualTo(utf8("second"));
    assertThat(object.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("c", "3"));
  }

  @Test
  void metadataValuesRoundTripVerbatim() {
    Map<String, String> metadata = new HashMap<>();
    metadata.put("acl", "h:xxh3|u:63edb0950fc8c927/o|a:fcf1a5605d79016e/rw");
    metadata.put("json", "{\"a\":[1,2,{\"b\":null}]}");
    metadata.put("number", "42");
    metadata.put("unicode", "héllo wörld — 日本語 🚀");
    metadata.put("spaces", "  padded  ");
    metadata.put("empty", "");
    metadata.put("multiline", "line 1\nline 2");
    String id = prefix + "meta.txt";
    join(storage.write(id, utf8("x"), metadata));

    assertThat(join(storage.getMetadata(id))).hasValue(metadata);
    assertThat(read(id).metadata()).isEqualTo(metadata);
  }

  @Test
  void objectWithoutMetadataHasEmptyMetadata() {
    String id = prefix + "plain.txt";
    join(storage.write(id, utf8("x"), Map.of()));

    assertThat(join(storage.getMetadata(id))).hasValue(Map.of());
  }

  @Test
  void metadataOfMissingObjectIsEmpty() {
    assertThat(join(storage.getMetadata(prefix + "missing.txt"))).isEmpty();
  }

  @Test
  void setMetadataReplacesMetadataAndKeepsData() {
    String id = prefix + "set-meta.txt";
    join(storage.write(id, utf8("data"), Map.of("old", "1", "acl", "a")));
    join(storage.setMetadata(id, Map.of("new", "2", "acl", "b")));

    StoredObject object = read(id);
    assertThat(object.data()).isEqualTo(utf8("data"));
    assertThat(object.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("new", "2", "acl", "b"));
  }

  @Test
  void setMetadataOfMissingObjectFailsAndCreatesNothing() {
    String id = prefix + "missing.txt";

    assertThat(failure(storage.setMetadata(id, Map.of("a", "1")))).isNotNull();
    assertThat(join(storage.exists(id))).isFalse();
  }

  @Test
  void existsFollowsTheObjectsLife() {
    String id = prefix + "life.txt";
    assertThat(join(storage.exists(id))).isFalse();

    join(storage.write(id, utf8("x"), Map.of()));
    assertThat(join(storage.exists(id))).isTrue();

    join(storage.delete(id));
    assertThat(join(storage.exists(id))).isFalse();
  }

  @Test
  void deleteRemovesDataAndMetadata() {
    String id = prefix + "gone.txt";
    join(storage.write(id, utf8("x"), Map.of("a", "1")));

    join(storage.delete(id));

    assertThat(join(storage.read(id))).isEmpty();
    assertThat(join(storage.getMetadata(id))).isEmpty();
    assertThat(join(storage.list(prefix))).doesNotContain(id);
  }

  @Test
  void deleteOfMissingObjectSucceeds() {
    join(storage.delete(prefix + "never-written.txt"));
    join(storage.delete(prefix + "no/such/folder/file.txt"));
  }

  @Test
  void deleteLeavesSiblingsAlone() {
    join(storage.write(prefix + "dir/one.txt", utf8("1"), Map.of()));
    join(storage.write(prefix + "dir/two.txt", utf8("2"), Map.of()));

    join(storage.delete(prefix + "dir/one.txt"));

    assertThat(read(prefix + "dir/two.txt").data()).isEqualTo(utf8("2"));
  }

  @Test
  void rewriteAfterDeleteWorks() {
    String id = prefix + "again.txt";
    join(storage.write(id, utf8("1"), Map.of("v", "1")));
    join(storage.delete(id));
    join(storage.write(id, utf8("2"), Map.of()));

    StoredObject object = read(id);
    assertThat(object.data()).isEqualTo(utf8("2"));
    assertThat(object.metadata()).isEmpty();
  }

  @Test
  void listReturnsEveryIdUnderThePrefixAtAnyDepth() {
    List<String> ids =
        List.of(
            prefix + "teams/t1/a.txt",
            prefix + "teams/t1/sub/b.txt",
            prefix + "teams/t1/sub/deeper/c.txt",
            prefix + "teams/t2/d.txt");
    ids.forEach(id -> join(storage.write(id, utf8(id), Map.of())));

    assertThat(join(storage.list(prefix + "teams/t1/")))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
    assertThat(join(storage.list(prefix))).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void listMatchesPartialNames() {
    join(storage.write(prefix + "report-2024.txt", utf8("a"), Map.of()));
    join(storage.write(prefix + "report-2025.txt", utf8("b"), Map.of()));
    join(storage.write(prefix + "summary.txt", utf8("c"), Map.of()));

    assertThat(join(storage.list(prefix + "report-")))
        .containsExactlyInAnyOrder(prefix + "report-2024.txt", prefix + "report-2025.txt");
  }

  @Test
  void listOfUnknownPrefixIsEmpty() {
    assertThat(join(storage.list(prefix + "nothing/here/"))).isEmpty();
  }

  @Test
  void unicodeAndSpacesInIdsWork() {
    String id = prefix + "dossier/été/文件 名 🚀.txt";
    join(storage.write(id, utf8("unicode"), Map.of("k", "v")));

    assertThat(read(id).data()).isEqualTo(utf8("unicode"));
    assertThat(join(storage.exists(id))).isTrue();
    assertThat(join(storage.list(prefix + "dossier/"))).containsExactly(id);
    join(storage.delete(id));
    assertThat(join(storage.exists(id))).isFalse();
  }

  @Test
  void concurrentWritesToDifferentIdsAllLand() {
    int threads = 8;
    int perThread = 10;
    Concurrently.run(
        threads,
        t ->
            IntStream.range(0, perThread)
                .mapToObj(
                    i ->
                        storage.write(
                            prefix + "c/" + t + "/" + i,
                            utf8(t + ":" + i),
                            Map.of("writer", String.valueOf(t))))
                .reduce((a, b) -> a.thenCombine(b, (x, y) -> null))
                .orElseThrow());

    assertThat(join(storage.list(prefix + "c/"))).hasSize(threads * perThread);
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        StoredObject object = read(prefix + "c/" + t + "/" + i);
        assertThat(object.data()).isEqualTo(utf8(t + ":" + i));
        assertThat(object.metadata()).containsEntry("writer", String.valueOf(t));
      }
    }
  }

  @Test
  void concurrentWritesToOneIdLeaveOneWholeWrite() {
    String id = prefix + "contended.bin";
    int threads = 8;
    Concurrently.run(
        threads,
        t -> {
          byte[] payload = new byte[256 * 1024];
          Arrays.fill(payload, (byte) t);
          return storage.write(id, payload, Map.of("writer", String.valueOf(t)));
        });

    StoredObject object = read(id);
    assertThat(object.data()).hasSize(256 * 1024);
    byte winner = object.data()[0];
    assertThat(object.data()).as("no torn write").containsOnly(winner);
    assertThat(object.metadata())
        .as("metadata of the same write")
        .containsEntry("writer", "" + winner);
  }
}
