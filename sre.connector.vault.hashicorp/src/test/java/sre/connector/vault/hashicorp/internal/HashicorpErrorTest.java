package sre.connector.vault.hashicorp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unreachable, refusing and sealed servers: clear errors naming server and path, no secret. */
class HashicorpErrorTest {
  private static final String PATH = "secret/data/smythos/team-a";

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

  private HashicorpVault vault(URI address, String token) {
    return HashicorpVaultComponent.create(
        TestSettings.token(address, Duration.ofSeconds(30)), v -> token, System::nanoTime);
  }

  @Test
  void unreachableServerIsNamed() {
    URI address = server.address();
    server.close();

    Throwable error = failure(vault(address, TestSecrets.TOKEN).get("team-a", "openai"));

    assertThat(error)
        .isInstanceOf(HashicorpVaultException.class)
        .hasMessageContaining(address.toString())
        .hasMessageContaining("unreachable")
        .hasMessageContaining(PATH);
    assertThat(error.getMessage()).doesNotContain(TestSecrets.TOKEN);
  }

  @Test
  void refusedTokenNamesServerAndPathNotTheToken() {
    String wrong = "hvs.wrong-token-1234567890";
    Throwable error = failure(vault(server.address(), wrong).get("team-a", "openai"));

    assertThat(error)
        .isInstanceOf(HashicorpVaultException.class)
        .hasMessageContaining(server.address().toString())
        .hasMessageContaining("403")
        .hasMessageContaining(PATH);
    assertThat(error.getMessage()).doesNotContain(wrong);
  }

  @Test
  void sealedVaultIsReportedAndNotCached() {
    HashicorpVault vault = vault(server.address(), TestSecrets.TOKEN);
    server.forceStatus(503);

    assertThat(failure(vault.listKeys("team-a")))
        .isInstanceOf(HashicorpVaultException.class)
        .hasMessageContaining("sealed")
        .hasMessageContaining(PATH);

    server.forceStatus(0);
    assertThat(join(vault.get("team-a", "openai"))).hasValue(TestSecrets.OPENAI);
  }

  @Test
  void otherStatusesAreErrorsNotEmptyAnswers() {
    server.forceStatus(500);

    assertThat(failure(vault(server.address(), TestSecrets.TOKEN).get("team-a", "openai")))
        .hasMessageContaining("500")
        .hasMessageContaining(PATH);
  }

  @Test
  void teamIdsCannotEscapeTheirPath() {
    server.put("other", Map.of("openai", TestSecrets.OPENAI));
    HashicorpVault vault = vault(server.address(), TestSecrets.TOKEN);

    assertThat(join(vault.get("..", "openai"))).isEmpty();
    assertThat(join(vault.get("../other", "openai"))).isEmpty();
    assertThat(join(vault.listKeys(""))).isEmpty();
  }

  @Test
  void toStringShowsNoCredential() {
    assertThat(vault(server.address(), TestSecrets.TOKEN).toString())
        .contains(server.address().toString())
        .doesNotContain(TestSecrets.TOKEN);
    assertThat(new TeamSecrets(Map.of("openai", TestSecrets.OPENAI)).toString())
        .contains("openai")
        .doesNotContain(TestSecrets.OPENAI);
  }
}
