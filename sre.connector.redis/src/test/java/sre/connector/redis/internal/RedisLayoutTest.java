package sre.connector.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.join;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What other Redis clients see: SRE's cache keys under the configured prefix, NKV hashes. */
class RedisLayoutTest {
  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private RedisCommands<String, String> raw;

  @BeforeEach
  void connect() {
    client = RedisClient.create(REDIS.uri());
    connection = client.connect();
    raw = connection.sync();
  }

  @AfterEach
  void close() {
    connection.close();
    client.shutdown();
  }

  @Test
  void cacheKeepsSresKeysAndJsonMetadataWithOneTtl() {
    try (RedisConnector redis =
        new RedisConnector(RedisSettings.forUri(REDIS.uri()).withKeyPrefix("app1:"))) {
      join(redis.set("pub_url:x", "{\"a\":1}", Map.of("acl", "h:xxh3|u:1/o"), 100));

      assertThat(raw.get("app1:smyth:cache:pub_url:x")).isEqualTo("{\"a\":1}");
      assertThat(raw.get("app1:smyth:metadata:pub_url:x")).isEqualTo("{\"acl\":\"h:xxh3|u:1/o\"}");
      assertThat(raw.ttl("app1:smyth:cache:pub_url:x")).isBetween(98L, 100L);
      assertThat(raw.ttl("app1:smyth:metadata:pub_url:x")).isBetween(98L, 100L);
    }
  }

  @Test
  void nkvNamespaceIsOneHashWithEscapedNames() {
    try (RedisConnector redis = new RedisConnector(RedisSettings.forUri(REDIS.uri()))) {
      join(redis.set("team_default", "mem:ory", "k", "v"));

      assertThat(raw.hgetall("smyth:nkv:team_default:mem\\:ory")).isEqualTo(Map.of("k", "v"));
    }
  }
}
