package sre.connector.vault.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layout, paging, cache and errors of the Secrets Manager vault. */
class SecretsManagerVaultTest {
  private static final String VALUE = "sk-aws-held-value-3e9d1c";

  private final AtomicLong clock = new AtomicLong();
  private FakeSecretsManager server;
  private SecretsManagerVault vault;

  @BeforeEach
  void start() throws Exception {
    server = new FakeSecretsManager();
    server.put("smythos/team-a/openai", VALUE);
    vault = TestVaults.vault(server.address(), Duration.ofSeconds(30), clock::get);
  }

  @AfterEach
  void stop() {
    vault.close();
    server.close();
  }

  @Test
  void listKeysFollowsPagesAndKeepsOnlyTheTeamsChildren() {
    for (String key : new String[] {"a", "b", "c", "d", "e"}) {
      server.put("smythos/team-a/" + key, "v");
    }
    server.put("smythos/team-ab/other", "v");

    assertThat(join(vault.listKeys("team-a"))).containsExactly("a", "b", "c", "d", "e", "openai");
    assertThat(server.calls("ListSecrets")).isGreaterThan(1);
  }

  @Test
  void valuesAreCachedForTheTtl() {
    join(vault.get("team-a", "openai"));
    clock.addAndGet(Duration.ofSeconds(29).toNanos());
    join(vault.get("team-a", "openai"));
    assertThat(server.calls("GetSecretValue")).isEqualTo(1);

    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(join(vault.get("team-a", "openai"))).hasValue(VALUE);
    assertThat(server.calls("GetSecretValue")).isEqualTo(2);
  }

  @Test
  void teamIdsWithSlashesHaveNoSecrets() {
    server.put("smythos/team-a/x/openai", VALUE);

    assertThat(join(vault.get("team-a/x", "openai"))).isEmpty();
    assertThat(join(vault.listKeys("team-a/x"))).isEmpty();
    assertThat(server.calls("GetSecretValue")).isZero();
  }

  @Test
  void refusedCallsNameEndpointAndSecretButNoCredential() {
    server.forceError("AccessDeniedException");

    Throwable error = failure(vault.get("team-a", "openai"));

    assertThat(error)
        .isInstanceOf(AwsVaultException.class)
        .hasMessageContaining(server.address().toString())
        .hasMessageContaining("smythos/team-a/openai")
        .hasMessageContaining("AccessDeniedException");
    assertThat(error.getMessage()).doesNotContain(TestVaults.SECRET_KEY);
  }

  @Test
  void failuresAreNotCached() {
    server.forceError("ThrottlingException");
    failure(vault.get("team-a", "openai"));

    server.forceError("");
    assertThat(join(vault.get("team-a", "openai"))).hasValue(VALUE);
  }

  @Test
  void unreachableEndpointIsNamed() {
    URI address = server.address();
    server.close();

    assertThat(failure(vault.listKeys("team-a")))
        .isInstanceOf(AwsVaultException.class)
        .hasMessageContaining(address.toString())
        .hasMessageContaining("unreachable");
  }

  @Test
  void toStringShowsNoSecret() {
    join(vault.get("team-a", "openai"));

    assertThat(vault.toString()).contains("smythos").doesNotContain(VALUE);
  }
}
