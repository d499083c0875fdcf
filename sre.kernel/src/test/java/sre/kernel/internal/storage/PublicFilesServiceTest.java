package sre.kernel.internal.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.security.AccessCandidate;
import sre.api.security.Acl;
import sre.api.storage.PublicFile;
import sre.kernel.internal.cache.CacheService;
import sre.kernel.internal.cache.RamCacheServices;

/** Public links over the kernel's own Storage and Cache services. */
class PublicFilesServiceTest {
  static final AccessCandidate AGENT = AccessCandidate.agent("agent-1");
  static final AccessCandidate OTHER = AccessCandidate.agent("agent-2");
  static final String FILE = "teams/default/agent-1/_temp/note.txt";

  private StorageService storage;
  private PublicFilesService files;

  @BeforeEach
  void setUp() throws Exception {
    storage =
        new StorageService(
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
            });
    storage.bindConnector(
        new MapStorageConnector(), Map.of("sre.connector.name", "Map", "service.id", 1L));
    CacheService cache = RamCacheServices.create();
    files = new PublicFilesService(storage, cache);
    await(
        storage
            .requester(AGENT)
            .write(
                FILE, "hello".getBytes(UTF_8), Acl.empty(), Map.of("ContentType", "text/plain")));
  }

  private static <T> T await(CompletionStage<T> s) throws Exception {
    return s.toCompletableFuture().get();
  }

  @Test
  void aTemporaryLinkServesTheFileUntilDestroyed() throws Exception {
    String url = await(files.temporaryUrl(AGENT, FILE, Duration.ofHours(1)));

    assertThat(url).matches("http://nullrouter\\.local/_temp/[0-9a-f]{6}/[0-9a-f-]{36}");
    assertThat(url).contains("/_temp/" + files.hash() + "/");
    String path = url.substring("http://nullrouter.local".length());
    PublicFile served = await(files.open(path)).orElseThrow();
    assertThat(new String(served.data(), UTF_8)).isEqualTo("hello");
    assertThat(served.contentType()).isEqualTo("text/plain");

    await(files.destroy(url, true));

    assertThat(await(files.open(path))).isEmpty();
    assertThat(await(storage.requester(AGENT).exists(FILE))).isFalse();
  }

  @Test
  void noLinkToAFileTheCallerCannotSee() {
    assertThatThrownBy(() -> await(files.temporaryUrl(OTHER, FILE, Duration.ofHours(1))))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("Access Denied");
    assertThatThrownBy(
            () -> await(files.temporaryUrl(AGENT, FILE + ".missing", Duration.ofHours(1))))
        .hasMessageContaining("File not found");
  }

  @Test
  void aResourceLinkKeepsTheExtensionAndNeedsACandidate() throws Exception {
    String url = await(files.resourceUrl(AGENT, FILE, "txt"));

    assertThat(url).matches("http://nullrouter\\.local/storage/[0-9a-f]{6}/[0-9a-f-]{36}\\.txt");
    PublicFile served = await(files.open(url)).orElseThrow();
    assertThat(served.name()).endsWith(".txt");
    assertThat(new String(served.data(), UTF_8)).isEqualTo("hello");
    assertThatThrownBy(() -> await(files.resourceUrl(AccessCandidate.anonymous(), FILE, "txt")))
        .hasMessageContaining("Access Denied");
  }

  @Test
  void aLinkReadsWithItsMakersRightsSoADeletedFileIsGone() throws Exception {
    String url = await(files.resourceUrl(AGENT, FILE, "txt"));

    await(storage.requester(AGENT).delete(FILE));

    assertThat(await(files.open(url))).isEmpty();
  }

  @Test
  void unknownOrForgedPathsServeNothing() throws Exception {
    String url = await(files.temporaryUrl(AGENT, FILE, Duration.ofHours(1)));
    String uid = url.substring(url.lastIndexOf('/') + 1);

    assertThat(await(files.open("/_temp/000000/" + uid))).isEmpty();
    String otherUid = (uid.charAt(0) == '0' ? "1" : "0") + uid.substring(1);
    assertThat(await(files.open("/_temp/" + files.hash() + "/" + otherUid))).isEmpty();
    assertThat(await(files.open("/_temp/" + files.hash() + "/../../etc/passwd"))).isEmpty();
    assertThat(await(files.open("/api/x"))).isEqualTo(Optional.empty());
  }
}
