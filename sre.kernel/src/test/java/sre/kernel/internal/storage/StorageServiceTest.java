package sre.kernel.internal.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessLevel;
import sre.api.security.Acl;
import sre.api.storage.StorageRequester;

/** The kernel's Storage policy: isolation, grants and the SRE holes that are closed here. */
class StorageServiceTest {
  private final MapStorageConnector backend = new MapStorageConnector();
  private StorageService storage;

  private static final StorageConfig CONFIG =
      new StorageConfig() {
        @Override
        public Class<? extends Annotation> annotationType() {
          return StorageConfig.class;
        }

        @Override
        public String connector_target() {
          return "(sre.connector.name=*)";
        }

        @Override
        public long drain_timeout_ms() {
          return 1000;
        }
      };

  @BeforeEach
  void setUp() {
    storage = new StorageService(CONFIG);
    storage.bindConnector(backend, Map.of("sre.connector.name", "Map", "service.id", 1L));
  }

  private static <T> T await(CompletionStage<T> s) throws Exception {
    return s.toCompletableFuture().get();
  }

  private static void assertDenied(CompletionStage<?> s) {
    assertThatThrownBy(() -> s.toCompletableFuture().get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AccessDeniedException.class);
  }

  private StorageRequester as(AccessCandidate c) {
    return storage.requester(c);
  }

  @Test
  void twoAgentsWritingTheSameKeyAreIsolated() throws Exception {
    StorageRequester a = as(AccessCandidate.agent("agent-a"));
    StorageRequester b = as(AccessCandidate.agent("agent-b"));
    await(a.write("shared/key.txt", "from a".getBytes(UTF_8)));
    assertDenied(b.read("shared/key.txt"));
    assertDenied(b.write("shared/key.txt", "from b".getBytes(UTF_8)));
    assertThat(new String(await(a.read("shared/key.txt")).orElseThrow(), UTF_8))
        .isEqualTo("from a");
  }

  @Test
  void aGrantOpensExactlyItsLevel() throws Exception {
    AccessCandidate owner = AccessCandidate.agent("agent-a");
    AccessCandidate reader = AccessCandidate.agent("agent-b");
    await(
        as(owner)
            .write(
                "doc", "x".getBytes(UTF_8), Acl.empty().grant(reader, AccessLevel.READ), Map.of()));
    assertThat(await(as(reader).read("doc"))).isPresent();
    assertDenied(as(reader).write("doc", "y".getBytes(UTF_8)));
  }

  @Test
  void deleteNeedsWriteNotRead() throws Exception {
    AccessCandidate owner = AccessCandidate.user("owner");
    AccessCandidate reader = AccessCandidate.user("reader");
    await(
        as(owner)
            .write(
                "doc", "x".getBytes(UTF_8), Acl.empty().grant(reader, AccessLevel.READ), Map.of()));
    assertDenied(as(reader).delete("doc"));
    assertThat(backend.objects).containsKey("doc");
  }

  @Test
  void publicEntriesGrant() throws Exception {
    await(
        as(AccessCandidate.user("owner"))
            .write(
                "pub", "x".getBytes(UTF_8), Acl.empty().grantPublic(AccessLevel.READ), Map.of()));
    assertThat(await(as(AccessCandidate.anonymous()).read("pub"))).isPresent();
    assertThat(await(as(AccessCandidate.agent("any")).read("pub"))).isPresent();
  }

  @Test
  void anonymousCannotCreate() {
    assertDenied(as(AccessCandidate.anonymous()).write("new", "x".getBytes(UTF_8)));
    assertThat(backend.objects).doesNotContainKey("new");
  }

  @Test
  void listingShowsOnlyReadableObjects() throws Exception {
    await(as(AccessCandidate.agent("a")).write("dir/a.txt", new byte[] {1}));
    await(as(AccessCandidate.agent("b")).write("dir/b.txt", new byte[] {2}));
    assertThat(await(as(AccessCandidate.agent("a")).list("dir/"))).containsExactly("dir/a.txt");
  }

  @Test
  void metadataHidesTheAclAndCannotForgeIt() throws Exception {
    StorageRequester a = as(AccessCandidate.agent("a"));
    await(
        a.write(
            "m",
            new byte[] {1},
            Acl.empty(),
            Map.of("ContentType", "text/plain", "acl", "h:none|p:public/o")));
    assertThat(await(a.getMetadata("m"))).hasValue(Map.of("ContentType", "text/plain"));
    assertDenied(as(AccessCandidate.agent("b")).read("m"));
  }

  @Test
  void onlyTheOwnerChangesTheAcl() throws Exception {
    AccessCandidate owner = AccessCandidate.agent("a");
    AccessCandidate writer = AccessCandidate.agent("w");
    await(
        as(owner)
            .write("doc", new byte[] {1}, Acl.empty().grant(writer, AccessLevel.WRITE), Map.of()));
    assertDenied(as(writer).setAcl("doc", Acl.empty().grantPublic(AccessLevel.READ)));
    await(as(owner).setAcl("doc", Acl.empty().grantPublic(AccessLevel.READ)));
    assertThat(await(as(AccessCandidate.anonymous()).read("doc"))).isPresent();
  }

  @Test
  void traversalIsRejected() {
    assertThatThrownBy(() -> await(as(AccessCandidate.agent("a")).read("../etc/passwd")))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingObjectsReadAsEmpty() throws Exception {
    assertThat(await(as(AccessCandidate.agent("a")).read("nope"))).isEqualTo(Optional.empty());
    assertThat(await(as(AccessCandidate.agent("a")).exists("nope"))).isFalse();
    assertThat(await(as(AccessCandidate.agent("a")).delete("nope"))).isNull();
    assertThat(CompletableFuture.completedFuture(null)).isDone();
  }
}
