package sre.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheEntry;

/**
 * What every {@link CacheConnector} must do, whatever its backend: values with metadata, expiry in
 * whole seconds, and safe concurrent use. Extend it and implement {@link #connector()}.
 *
 * <p>Keys of a test share a random {@link #prefix}, so backends that keep data between tests never
 * see another test's keys. Expiry tests use one-second TTLs and poll (never sleep) until the key is
 * gone.
 *
 * <p>Hooks: {@link #setUp()} runs before {@link #connector()}, {@link #tearDown()} after each test.
 * Override them without JUnit annotations.
 */
public abstract class CacheConnectorContract {

  /** Start of every key of this test, e.g. {@code tck:3f2a...:}. */
  protected final String prefix = "tck:" + UUID.randomUUID() + ":";

  private CacheConnector cache;

  /** A connector ready to use. Called once per test, after {@link #setUp()}. */
  protected abstract CacheConnector connector() throws Exception;

  /** Runs before {@link #connector()} in every test. */
  protected void setUp() throws Exception {}

  /** Runs after every test. */
  protected void tearDown() throws Exception {}

  /** The connector under test in the current test. */
  protected final CacheConnector cache() {
    return cache;
  }

  /** How long an expired key may linger before the connector must report it gone. */
  protected Duration expiryTolerance() {
    return Duration.ofSeconds(5);
  }

  @BeforeEach
  final void startCacheContract() throws Exception {
    setUp();
    cache = connector();
  }

  @AfterEach
  final void stopCacheContract() throws Exception {
    tearDown();
  }

  private ConditionFactory untilExpired() {
    return await().atMost(expiryTolerance()).pollInterval(Duration.ofMillis(50));
  }

  private CacheEntry get(String key) {
    Optional<CacheEntry> entry = join(cache.get(key));
    assertThat(entry).as("entry %s", key).isPresent();
    return entry.orElseThrow();
  }

  @Test
  void getOfMissingKeyIsEmpty() {
    assertThat(join(cache.get(prefix + "missing"))).isEmpty();
  }

  @Test
  void valueAndMetadataRoundTrip() {
    String key = prefix + "k";
    join(cache.set(key, "{\"a\":1}", Map.of("acl", "h:xxh3|u:1/o", "type", "json"), 0));

    CacheEntry entry = get(key);
    assertThat(entry.value()).isEqualTo("{\"a\":1}");
    assertThat(entry.metadata())
        .containsExactlyInAnyOrderEntriesOf(Map.of("acl", "h:xxh3|u:1/o", "type", "json"));
    assertThat(join(cache.getMetadata(key)))
        .hasValue(Map.of("acl", "h:xxh3|u:1/o", "type", "json"));
  }

  @Test
  void emptyAndUnicodeValuesRoundTrip() {
    join(cache.set(prefix + "empty", "", Map.of(), 0));
    join(cache.set(prefix + "unicode", "héllo — 日本語 🚀\nline 2", Map.of("m", "ü"), 0));

    assertThat(get(prefix + "empty").value()).isEmpty();
    assertThat(get(prefix + "unicode").value()).isEqualTo("héllo — 日本語 🚀\nline 2");
    assertThat(get(prefix + "unicode").metadata()).containsEntry("m", "ü");
  }

  @Test
  void largeValueRoundTrips() {
    String large = "x".repeat(1024 * 1024) + "end";
    join(cache.set(prefix + "large", large, Map.of(), 0));

    assertThat(get(prefix + "large").value()).isEqualTo(large);
  }

  @Test
  void unicodeAndPunctuationInKeysWork() {
    String key = prefix + "pub_url:été/文件 🚀*?[x]";
    join(cache.set(key, "v", Map.of(), 0));

    assertThat(get(key).value()).isEqualTo("v");
    assertThat(join(cache.get(prefix + "pub_url:ete/文件 🚀*?[x]"))).isEmpty();
  }

  @Test
  void overwriteReplacesValueAndMetadata() {
    String key = prefix + "over";
    join(cache.set(key, "first", Map.of("a", "1"), 0));
    join(cache.set(key, "second", Map.of("b", "2"), 0));

    CacheEntry entry = get(key);
    assertThat(entry.value()).isEqualTo("second");
    assertThat(entry.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("b", "2"));
  }

  @Test
  void setIfAclWritesOnlyWhileTheStoredAclIsTheExpectedOne() {
    String key = prefix + "cas";
    assertThat(join(cache.setIfAcl(key, "v1", Map.of("acl", "A1"), 0, "A1")))
        .as("an expected ACL on a missing key")
        .isFalse();
    assertThat(join(cache.get(key))).isEmpty();
    assertThat(join(cache.setIfAcl(key, "v1", Map.of("acl", "A1", "m", "1"), 0, null)))
        .as("create: the key must be missing")
        .isTrue();
    assertThat(get(key).value()).isEqualTo("v1");
    assertThat(join(cache.setIfAcl(key, "v2", Map.of("acl", "A2"), 0, null)))
        .as("create again: the key exists")
        .isFalse();
    assertThat(join(cache.setIfAcl(key, "v2", Map.of("acl", "A2"), 0, "OTHER"))).isFalse();
    assertThat(get(key).value()).isEqualTo("v1");

    assertThat(join(cache.setIfAcl(key, "v2", Map.of("acl", "A2"), 0, "A1"))).isTrue();

    CacheEntry entry = get(key);
    assertThat(entry.value()).isEqualTo("v2");
    assertThat(entry.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("acl", "A2"));
    assertThat(join(cache.setIfAcl(key, "v3", Map.of("acl", "A3"), 0, "A1")))
        .as("the ACL moved on")
        .isFalse();
  }

  @Test
  void setIfAclOnAKeyWithoutAnAclNeverMatchesAnExpectedOne() {
    String key = prefix + "cas-plain";
    join(cache.set(key, "v", Map.of("m", "1"), 0));

    assertThat(join(cache.setIfAcl(key, "w", Map.of("acl", "A"), 0, "A"))).isFalse();
    assertThat(join(cache.setIfAcl(key, "w", Map.of("acl", "A"), 0, null))).isFalse();
    assertThat(get(key).value()).isEqualTo("v");
  }

  @Test
  void setIfAclSetsTheExpiry() {
    String key = prefix + "cas-ttl";
    assertThat(join(cache.setIfAcl(key, "v", Map.of("acl", "A"), 1, null))).isTrue();

    untilExpired().until(() -> join(cache.get(key)).isEmpty());
  }

  @Test
  void existsFollowsTheKeysLife() {
    String key = prefix + "life";
    assertThat(join(cache.exists(key))).isFalse();
    join(cache.set(key, "v", Map.of(), 0));
    assertThat(join(cache.exists(key))).isTrue();
    join(cache.delete(key));
    assertThat(join(cache.exists(key))).isFalse();
  }

  @Test
  void deleteRemovesValueAndMetadata() {
    String key = prefix + "gone";
    join(cache.set(key, "v", Map.of("a", "1"), 100));
    join(cache.delete(key));

    assertThat(join(cache.get(key))).isEmpty();
    assertThat(join(cache.getMetadata(key))).isEmpty();
    assertThat(join(cache.ttl(key))).isEmpty();
  }

  @Test
  void deleteOfMissingKeySucceeds() {
    join(cache.delete(prefix + "never-set"));
  }

  @Test
  void deleteLeavesOtherKeysAlone() {
    join(cache.set(prefix + "a", "1", Map.of(), 0));
    join(cache.set(prefix + "ab", "2", Map.of(), 0));
    join(cache.delete(prefix + "a"));

    assertThat(get(prefix + "ab").value()).isEqualTo("2");
  }

  @Test
  void metadataOfMissingKeyIsEmpty() {
    assertThat(join(cache.getMetadata(prefix + "missing"))).isEmpty();
  }

  @Test
  void keyWithoutMetadataHasEmptyMetadata() {
    join(cache.set(prefix + "plain", "v", Map.of(), 0));

    assertThat(join(cache.getMetadata(prefix + "plain"))).hasValue(Map.of());
  }

  @Test
  void setMetadataReplacesMetadataAndKeepsValueAndExpiry() {
    String key = prefix + "meta";
    join(cache.set(key, "v", Map.of("old", "1"), 100));
    join(cache.setMetadata(key, Map.of("new", "2")));

    CacheEntry entry = get(key);
    assertThat(entry.value()).isEqualTo("v");
    assertThat(entry.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("new", "2"));
    assertThat(join(cache.ttl(key))).isPresent();
  }

  @Test
  void setMetadataOfMissingKeyFailsAndCreatesNothing() {
    String key = prefix + "missing";
    assertThat(failure(cache.setMetadata(key, Map.of("a", "1")))).isNotNull();
    assertThat(join(cache.exists(key))).isFalse();
  }

  @Test
  void keyWithoutExpiryHasNoTtl() {
    join(cache.set(prefix + "forever", "v", Map.of(), 0));

    assertThat(join(cache.ttl(prefix + "forever"))).isEmpty();
  }

  @Test
  void negativeTtlMeansNoExpiry() {
    join(cache.set(prefix + "negative", "v", Map.of(), -5));

    assertThat(join(cache.ttl(prefix + "negative"))).isEmpty();
    assertThat(get(prefix + "negative").value()).isEqualTo("v");
  }

  @Test
  void ttlOfMissingKeyIsEmpty() {
    assertThat(join(cache.ttl(prefix + "missing"))).isEmpty();
  }

  @Test
  void ttlReportsRemainingWholeSeconds() {
    join(cache.set(prefix + "ttl", "v", Map.of(), 100));

    assertThat(join(cache.ttl(prefix + "ttl")).orElseThrow()).isBetween(98L, 100L);
  }

  @Test
  void valueExpiresAfterItsTtl() {
    String key = prefix + "short";
    join(cache.set(key, "v", Map.of("a", "1"), 1));
    assertThat(join(cache.get(key))).isPresent();

    untilExpired().until(() -> join(cache.get(key)).isEmpty());
    assertThat(join(cache.exists(key))).isFalse();
    assertThat(join(cache.getMetadata(key))).isEmpty();
    assertThat(join(cache.ttl(key))).isEmpty();
  }

  @Test
  void expiredKeyCanBeSetAgain() {
    String key = prefix + "reborn";
    join(cache.set(key, "old", Map.of(), 1));
    untilExpired().until(() -> !join(cache.exists(key)));

    join(cache.set(key, "new", Map.of(), 0));
    assertThat(get(key).value()).isEqualTo("new");
    assertThat(join(cache.ttl(key))).isEmpty();
  }

  @Test
  void expireAddsATtlToAKeyWithoutOne() {
    String key = prefix + "expire";
    join(cache.set(key, "v", Map.of(), 0));
    join(cache.expire(key, 100));

    assertThat(join(cache.ttl(key)).orElseThrow()).isBetween(98L, 100L);
  }

  @Test
  void expireShortensALifetime() {
    String key = prefix + "shorten";
    join(cache.set(key, "v", Map.of(), 1000));
    join(cache.expire(key, 1));

    untilExpired().until(() -> join(cache.get(key)).isEmpty());
  }

  @Test
  void expireWithZeroClearsTheExpiry() {
    String key = prefix + "persist";
    join(cache.set(key, "v", Map.of(), 100));
    join(cache.expire(key, 0));

    assertThat(join(cache.ttl(key))).isEmpty();
    assertThat(get(key).value()).isEqualTo("v");
  }

  @Test
  void expireOfMissingKeyCreatesNothing() {
    String key = prefix + "missing";
    // A backend may either ignore the call or fail it; it must not create the key.
    cache.expire(key, 100).toCompletableFuture().handle((ok, error) -> null).join();

    assertThat(join(cache.exists(key))).isFalse();
  }

  @Test
  void overwriteWithoutTtlClearsThePreviousExpiry() {
    String key = prefix + "reset";
    join(cache.set(key, "v1", Map.of(), 100));
    join(cache.set(key, "v2", Map.of(), 0));

    assertThat(join(cache.ttl(key))).isEmpty();
  }

  @Test
  void overwriteWithTtlReplacesThePreviousExpiry() {
    String key = prefix + "replace";
    join(cache.set(key, "v1", Map.of(), 1000));
    join(cache.set(key, "v2", Map.of(), 1));

    untilExpired().until(() -> join(cache.get(key)).isEmpty());
  }

  @Test
  void expiryOfOneKeyLeavesOthersAlone() {
    join(cache.set(prefix + "short", "v", Map.of(), 1));
    join(cache.set(prefix + "long", "v", Map.of(), 0));

    untilExpired().until(() -> join(cache.get(prefix + "short")).isEmpty());
    assertThat(get(prefix + "long").value()).isEqualTo("v");
  }

  @Test
  void concurrentSetsOfDifferentKeysAllLand() {
    int threads = 8;
    Concurrently.run(
        threads, t -> cache.set(prefix + "c" + t, "value-" + t, Map.of("t", "" + t), 0));

    for (int t = 0; t < threads; t++) {
      CacheEntry entry = get(prefix + "c" + t);
      assertThat(entry.value()).isEqualTo("value-" + t);
      assertThat(entry.metadata()).containsEntry("t", "" + t);
    }
  }

  @Test
  void concurrentSetsOfOneKeyLeaveOneWholeWrite() {
    String key = prefix + "contended";
    Concurrently.run(8, t -> cache.set(key, "value-" + t, Map.of("t", "" + t), 0));

    CacheEntry entry = get(key);
    assertThat(entry.value()).isEqualTo("value-" + entry.metadata().get("t"));
  }
}
