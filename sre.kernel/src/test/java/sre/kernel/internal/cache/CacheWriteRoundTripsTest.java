package sre.kernel.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;
import sre.api.cache.CacheRequester;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessLevel;
import sre.api.security.Acl;
import sre.connector.local.internal.RamCache;
import sre.kernel.internal.security.AclCodec;

/**
 * A write through the Cache service costs one backend call once the kernel has seen the key's ACL
 * (compare-and-set on the stored ACL), and that shortcut never lets a write through that the stored
 * ACL forbids.
 */
class CacheWriteRoundTripsTest {
  /** The RAM cache, every call recorded by name. */
  static final class Counting implements CacheConnector {
    final RamCache ram = new RamCache();
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Optional<CacheEntry>> get(String key) {
      calls.add("get");
      return ram.get(key);
    }

    @Override
    public CompletionStage<Void> set(
        String key, String value, Map<String, String> metadata, long ttlSeconds) {
      calls.add("set");
      return ram.set(key, value, metadata, ttlSeconds);
    }

    @Override
    public CompletionStage<Boolean> setIfAcl(
        String key,
        String value,
        Map<String, String> metadata,
        long ttlSeconds,
        String expectedAcl) {
      calls.add("setIfAcl");
      return ram.setIfAcl(key, value, metadata, ttlSeconds, expectedAcl);
    }

    @Override
    public CompletionStage<Void> delete(String key) {
      calls.add("delete");
      return ram.delete(key);
    }

    @Override
    public CompletionStage<Boolean> exists(String key) {
      calls.add("exists");
      return ram.exists(key);
    }

    @Override
    public CompletionStage<Optional<Map<String, String>>> getMetadata(String key) {
      calls.add("getMetadata");
      return ram.getMetadata(key);
    }

    @Override
    public CompletionStage<Void> setMetadata(String key, Map<String, String> metadata) {
      calls.add("setMetadata");
      return ram.setMetadata(key, metadata);
    }

    @Override
    public CompletionStage<Void> expire(String key, long ttlSeconds) {
      calls.add("expire");
      return ram.expire(key, ttlSeconds);
    }

    @Override
    public CompletionStage<OptionalLong> ttl(String key) {
      calls.add("ttl");
      return ram.ttl(key);
    }
  }

  private final Counting backend = new Counting();
  private final CacheService service = service(backend);

  private static CacheService service(CacheConnector connector) {
    CacheService s =
        new CacheService(
            new CacheConfig() {
              @Override
              public Class<? extends Annotation> annotationType() {
                return CacheConfig.class;
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
    s.bindConnector(connector, Map.of("sre.connector.name", "Counting", "service.id", 1L));
    return s;
  }

  private static <T> T join(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get();
  }

  @Test
  void aKnownKeyIsWrittenWithOneBackendCall() throws Exception {
    CacheRequester agent = service.requester(AccessCandidate.agent("a1"));

    join(agent.set("k", "v1"));
    assertThat(backend.calls).containsExactly("getMetadata", "set");
    backend.calls.clear();

    join(agent.set("k", "v2"));
    join(agent.set("k", "v3"));

    assertThat(backend.calls).containsExactly("setIfAcl", "setIfAcl");
    assertThat(join(agent.get("k"))).contains("v3");
  }

  @Test
  void anAclChangedBehindTheKernelsBackIsCheckedAgain() throws Exception {
    CacheRequester a1 = service.requester(AccessCandidate.agent("a1"));
    join(a1.set("k", "mine"));
    // another node rewrites the entry: now only a2 owns it
    String othersOnly =
        AclCodec.encode(Acl.empty().grant(AccessCandidate.agent("a2"), AccessLevel.OWNER));
    join(backend.ram.set("k", "theirs", Map.of("acl", othersOnly), 0));
    backend.calls.clear();

    assertThatThrownBy(() -> join(a1.set("k", "mine again")))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AccessDeniedException.class);

    // the shortcut was tried, refused by the backend, and the write checked against the new ACL
    assertThat(backend.calls).containsExactly("setIfAcl", "getMetadata");
    assertThat(join(backend.ram.get("k")).orElseThrow().value()).isEqualTo("theirs");
  }

  @Test
  void anExpiredOrDeletedKeyIsCreatedThroughTheCheckedPath() throws Exception {
    CacheRequester agent = service.requester(AccessCandidate.agent("a1"));
    join(agent.set("k", "v1"));
    join(backend.ram.delete("k"));
    backend.calls.clear();

    join(agent.set("k", "v2"));

    assertThat(backend.calls).containsExactly("setIfAcl", "getMetadata", "set");
    assertThat(join(agent.get("k"))).contains("v2");
  }

  @Test
  void aGrantMadeThroughTheKernelIsNotShortCircuitedWithTheOldAcl() throws Exception {
    CacheRequester a1 = service.requester(AccessCandidate.agent("a1"));
    join(a1.set("k", "v1"));
    join(a1.setAcl("k", Acl.empty().grant(AccessCandidate.agent("a2"), AccessLevel.WRITE)));
    backend.calls.clear();

    join(service.requester(AccessCandidate.agent("a2")).set("k", "from a2"));

    assertThat(backend.calls).containsExactly("getMetadata", "set");
    assertThat(join(a1.get("k"))).contains("from a2");
  }
}
