package sre.connector.vault.hashicorp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.join;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A team's secrets are read once per TTL (on a test clock). */
class HashicorpCacheTest {
  private final AtomicLong clock = new AtomicLong();
  private FakeVault server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeVault();
    server.put("smythos/team-a", Map.of("openai", TestSecrets.OPENAI));
    server.acceptToken(TestSecrets.TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HashicorpVault vault(Duration ttl) {
    return HashicorpVaultComponent.create(
        TestSettings.token(server.address(), ttl), v -> TestSecrets.TOKEN, clock::get);
  }

  @Test
  void readsOncePerTtlAndSeesRotationAfterIt() {
    HashicorpVault vault = vault(Duration.ofSeconds(30));

    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    server.put("smythos/team-a", Map.of("openai", TestSecrets.ROTATED));
    clock.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    assertThat(join(vault.listKeys("team-a"))).containsExactly("openai");
    assertThat(server.reads("smythos/team-a")).isEqualTo(1);

    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.ROTATED);
    assertThat(server.reads("smythos/team-a")).isEqualTo(2);
  }

  @Test
  void zeroTtlReadsEveryTime() {
    HashicorpVault vault = vault(Duration.ZERO);

    join(vault.get("team-a", "openai"));
    join(vault.get("team-a", "openai"));

    assertThat(server.reads("smythos/team-a")).isEqualTo(2);
  }

  @Test
  void missingTeamsAreCachedToo() {
    HashicorpVault vault = vault(Duration.ofSeconds(30));

    assertThat(join(vault.listKeys("team-b"))).isEmpty();
    assertThat(join(vault.get("team-b", "openai"))).isEmpty();

    assertThat(server.reads("smythos/team-b")).isEqualTo(1);
  }

  @Test
  void closingDropsTheCachedSecrets() {
    HashicorpVault vault = vault(Duration.ofSeconds(30));
    join(vault.get("team-a", "openai"));

    vault.close();
    join(vault.get("team-a", "openai"));

    assertThat(server.reads("smythos/team-a")).isEqualTo(2);
  }
}
