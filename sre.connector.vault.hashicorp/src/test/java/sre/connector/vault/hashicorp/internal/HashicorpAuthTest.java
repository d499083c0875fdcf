package sre.connector.vault.hashicorp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token (variable, file) and AppRole authentication, namespace header. */
class HashicorpAuthTest {
  private static final UnaryOperator<String> APPROLE_ENV =
      variable ->
          switch (variable) {
            case "VAULT_ROLE_ID" -> TestSecrets.ROLE_ID;
            case "VAULT_SECRET_ID" -> TestSecrets.SECRET_ID;
            default -> null;
          };

  private final AtomicLong clock = new AtomicLong();
  private FakeVault server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeVault();
    server.put("smythos/team-a", Map.of("openai", TestSecrets.OPENAI));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tokenFromAFileIsReReadSoARotatedTokenWorks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, TestSecrets.TOKEN + "\n");
    server.acceptToken(TestSecrets.TOKEN);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.tokenFile(server.address(), file.toString()), v -> null, clock::get);

    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);

    server.revokeAll();
    server.acceptToken("hvs.rotated-token-0000000");
    Files.writeString(file, "hvs.rotated-token-0000000");
    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
  }

  @Test
  void missingTokenNamesTheVariable() {
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.token(server.address(), Duration.ZERO), v -> null, clock::get);

    assertThat(failure(vault.get("team-a", "openai")))
        .isInstanceOf(HashicorpVaultException.class)
        .hasMessageContaining("VAULT_TOKEN");
  }

  @Test
  void namespaceIsSentOnEveryRequest() {
    server.acceptToken(TestSecrets.TOKEN);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.namespaced(server.address(), "admin/sre"),
            v -> TestSecrets.TOKEN,
            clock::get);

    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    assertThat(server.namespaces()).containsExactly("admin/sre");
  }

  @Test
  void appRoleLogsInOnceAndReusesTheToken() {
    server.appRole(TestSecrets.ROLE_ID, TestSecrets.SECRET_ID, 3600);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.appRole(server.address(), Duration.ZERO), APPROLE_ENV, clock::get);

    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    assertThat(join(vault.listKeys("team-a"))).containsExactly("openai");
    assertThat(server.logins()).isEqualTo(1);
    assertThat(server.reads("smythos/team-a")).isEqualTo(2);
  }

  @Test
  void appRoleLogsInAgainBeforeTheLeaseEnds() {
    server.appRole(TestSecrets.ROLE_ID, TestSecrets.SECRET_ID, 10);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.appRole(server.address(), Duration.ZERO), APPROLE_ENV, clock::get);

    join(vault.get("team-a", "openai"));
    clock.addAndGet(Duration.ofSeconds(7).toNanos());
    join(vault.get("team-a", "openai"));
    assertThat(server.logins()).isEqualTo(1);

    clock.addAndGet(Duration.ofSeconds(2).toNanos()); // 9 s: past 80% of the 10 s lease
    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    assertThat(server.logins()).isEqualTo(2);
  }

  @Test
  void appRoleLogsInAgainWhenTheTokenIsRevoked() {
    server.appRole(TestSecrets.ROLE_ID, TestSecrets.SECRET_ID, 3600);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.appRole(server.address(), Duration.ZERO), APPROLE_ENV, clock::get);
    join(vault.get("team-a", "openai"));

    server.revokeAll();

    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
    assertThat(server.logins()).isEqualTo(2);
  }

  @Test
  void refusedAppRoleLoginIsAClearErrorWithoutTheIds() {
    server.appRole(TestSecrets.ROLE_ID, "another-secret-id", 3600);
    HashicorpVault vault =
        HashicorpVaultComponent.create(
            TestSettings.appRole(server.address(), Duration.ZERO), APPROLE_ENV, clock::get);

    Throwable error = failure(vault.get("team-a", "openai"));

    assertThat(error)
        .isInstanceOf(HashicorpVaultException.class)
        .hasMessageContaining(server.address().toString())
        .hasMessageContaining("auth/approle/login")
        .hasMessageContaining("400");
    assertThat(error.getMessage())
        .doesNotContain(TestSecrets.ROLE_ID)
        .doesNotContain(TestSecrets.SECRET_ID);
  }
}
