package sre.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.join;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sre.api.vault.VaultConnector;

/**
 * What every {@link VaultConnector} must do, whatever its backend: return a team's secrets
 * verbatim, list its key names, and never answer one team with another team's secret (the
 * shared-team fallback is the kernel's policy, not the connector's). Extend it and implement {@link
 * #connector(Map)}.
 *
 * <p>Team ids carry a random suffix per test. Hooks: {@link #setUp()} before {@link
 * #connector(Map)}, {@link #tearDown()} after each test; override them without JUnit annotations.
 */
public abstract class VaultConnectorContract {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /**
   * A connector that serves exactly these secrets: team id → key name → value. Seed the backend
   * (write the file, fill the fake server) and return a connector reading it.
   */
  protected abstract VaultConnector connector(Map<String, Map<String, String>> secretsByTeam)
      throws Exception;

  /** Runs before {@link #connector(Map)} in every test. */
  protected void setUp() throws Exception {}

  /** Runs after every test. */
  protected void tearDown() throws Exception {}

  /** A team id private to this test. */
  protected final String team(String name) {
    return "tck-" + name + "-" + run;
  }

  @BeforeEach
  final void startVaultContract() throws Exception {
    setUp();
  }

  @AfterEach
  final void stopVaultContract() throws Exception {
    tearDown();
  }

  private static Map<String, Map<String, String>> teams(Object... teamAndSecrets) {
    Map<String, Map<String, String>> teams = new LinkedHashMap<>();
    for (int i = 0; i < teamAndSecrets.length; i += 2) {
      @SuppressWarnings("unchecked")
      Map<String, String> secrets = (Map<String, String>) teamAndSecrets[i + 1];
      teams.put((String) teamAndSecrets[i], secrets);
    }
    return teams;
  }

  @Test
  void returnsTheTeamsSecret() throws Exception {
    VaultConnector vault =
        connector(teams(team("a"), Map.of("openai", "sk-test-123", "groq", "gsk-456")));

    assertThat(join(vault.get(team("a"), "openai"))).hasValue("sk-test-123");
    assertThat(join(vault.get(team("a"), "groq"))).hasValue("gsk-456");
  }

  @Test
  void missingKeyIsEmpty() throws Exception {
    VaultConnector vault = connector(teams(team("a"), Map.of("openai", "sk")));

    assertThat(join(vault.get(team("a"), "anthropic"))).isEmpty();
  }

  @Test
  void missingTeamIsEmpty() throws Exception {
    VaultConnector vault = connector(teams(team("a"), Map.of("openai", "sk")));

    assertThat(join(vault.get(team("nobody"), "openai"))).isEmpty();
    assertThat(join(vault.listKeys(team("nobody")))).isEmpty();
  }

  @Test
  void emptyVaultAnswersEmpty() throws Exception {
    VaultConnector vault = connector(Map.of());

    assertThat(join(vault.get(team("a"), "openai"))).isEmpty();
    assertThat(join(vault.listKeys(team("a")))).isEmpty();
  }

  @Test
  void listsKeyNamesOfTheTeamOnly() throws Exception {
    VaultConnector vault =
        connector(
            teams(
                team("a"), Map.of("openai", "1", "groq", "2", "custom_key", "3"),
                team("b"), Map.of("anthropic", "4")));

    assertThat(join(vault.listKeys(team("a"))))
        .containsExactlyInAnyOrder("openai", "groq", "custom_key");
    assertThat(join(vault.listKeys(team("b")))).containsExactly("anthropic");
  }

  @Test
  void teamsNeverSeeEachOthersSecrets() throws Exception {
    VaultConnector vault =
        connector(
            teams(
                team("a"), Map.of("openai", "secret-of-a", "only-a", "x"),
                team("b"), Map.of("openai", "secret-of-b")));

    assertThat(join(vault.get(team("a"), "openai"))).hasValue("secret-of-a");
    assertThat(join(vault.get(team("b"), "openai"))).hasValue("secret-of-b");
    assertThat(join(vault.get(team("b"), "only-a"))).isEmpty();
  }

  @Test
  void valuesRoundTripVerbatim() throws Exception {
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("unicode", "mot de passe — 日本語 🔑");
    secrets.put("symbols", "p@ss$word!#%^&*()[]{}<>\\/|'\"`~");
    secrets.put("spaces", "  padded value  ");
    secrets.put(
        "pem",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n");
    secrets.put("json", "{\"clientId\":\"abc\",\"scopes\":[\"a\",\"b\"]}");
    secrets.put("long", "k".repeat(8192));
    VaultConnector vault = connector(teams(team("a"), secrets));

    secrets.forEach(
        (key, value) -> assertThat(join(vault.get(team("a"), key))).as(key).hasValue(value));
  }

  @Test
  void keyNamesAreCaseSensitive() throws Exception {
    VaultConnector vault = connector(teams(team("a"), Map.of("OpenAI", "upper")));

    assertThat(join(vault.get(team("a"), "OpenAI"))).hasValue("upper");
    assertThat(join(vault.get(team("a"), "openai"))).isEmpty();
  }

  @Test
  void concurrentReadsAgree() throws Exception {
    VaultConnector vault = connector(teams(team("a"), Map.of("k", "v")));

    Concurrently.run(
        8, t -> vault.get(team("a"), "k").thenAccept(value -> assertThat(value).hasValue("v")));
  }
}
