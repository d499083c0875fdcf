package sre.connector.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.connector.tck.Stages.failure;
import static sre.connector.tck.Stages.join;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.vault.VaultConnector;
import sre.connector.tck.VaultConnectorContract;

class JsonFileVaultTest extends VaultConnectorContract {

  private static final Map<String, String> ENV = Map.of("OPENAI_KEY", "sk-from-env");

  @TempDir Path folder;

  private Path file() {
    return folder.resolve("vault.json");
  }

  private JsonFileVault vault() {
    return new JsonFileVault(file(), ENV::get);
  }

  @Override
  protected VaultConnector connector(Map<String, Map<String, String>> secretsByTeam)
      throws IOException {
    new ObjectMapper().writeValue(file().toFile(), secretsByTeam);
    return vault();
  }

  /** Rewrites the file and moves its clock on, as an editor saving it a moment later would. */
  private void rewrite(String json) throws IOException {
    FileTime before = Files.exists(file()) ? Files.getLastModifiedTime(file()) : null;
    Files.writeString(file(), json);
    Instant later = before == null ? Instant.now() : before.toInstant().plusSeconds(2);
    Files.setLastModifiedTime(file(), FileTime.from(later));
  }

  @Test
  void missingFileIsAnEmptyVault() {
    JsonFileVault vault = vault();

    assertThat(join(vault.get("default", "openai"))).isEmpty();
    assertThat(join(vault.listKeys("default"))).isEmpty();
  }

  @Test
  void fileCreatedLaterIsPickedUp() throws IOException {
    JsonFileVault vault = vault();
    assertThat(join(vault.get("default", "openai"))).isEmpty();

    rewrite("{\"default\": {\"openai\": \"sk-1\"}}");

    assertThat(join(vault.get("default", "openai"))).hasValue("sk-1");
  }

  @Test
  void changedFileIsReadAgain() throws IOException {
    rewrite("{\"default\": {\"openai\": \"sk-old\"}}");
    JsonFileVault vault = vault();
    assertThat(join(vault.get("default", "openai"))).hasValue("sk-old");

    rewrite("{\"default\": {\"openai\": \"sk-new\", \"groq\": \"g\"}}");

    assertThat(join(vault.get("default", "openai"))).hasValue("sk-new");
    assertThat(join(vault.listKeys("default"))).containsExactly("groq", "openai");
  }

  @Test
  void malformedFileKeepsThePreviousContentServed() throws IOException {
    rewrite("{\"default\": {\"openai\": \"sk-good\"}}");
    JsonFileVault vault = vault();
    assertThat(join(vault.get("default", "openai"))).hasValue("sk-good");

    rewrite("{\"default\": {\"openai\": sk-broken-secret}}");
    assertThat(join(vault.get("default", "openai"))).hasValue("sk-good");

    rewrite("{\"default\": {\"openai\": \"sk-fixed\"}}");
    assertThat(join(vault.get("default", "openai"))).hasValue("sk-fixed");
  }

  @Test
  void malformedFileWithNothingEarlierFailsNamingFileAndProblemButNoSecret() throws IOException {
    rewrite("{\n  \"default\": {\n    \"openai\": sk-broken-secret\n  }\n}");

    Throwable error = failure(vault().get("default", "openai"));

    assertThat(error)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file().toString())
        .hasMessageContaining("Malformed vault file")
        .hasMessageContaining("line 3");
    assertThat(error.getMessage()).doesNotContain("sk-broken", "broken-secret");
  }

  @Test
  void truncatedFileIsReportedAsSuch() throws IOException {
    rewrite("{\"default\": {\"openai\": \"sk-");

    assertThat(failure(vault().listKeys("default")))
        .hasMessageContaining("unexpected end of input")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-"));
  }

  @Test
  void wrongShapeNamesTheTeam() throws IOException {
    rewrite("{\"default\": [\"sk-in-array\"]}");

    assertThat(failure(vault().get("default", "x")))
        .hasMessageContaining("Invalid vault file")
        .hasMessageContaining("team 'default'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-in-array"));
  }

  @Test
  void envReferencesAreResolvedAndUnsetOnesLeftAlone() throws IOException {
    rewrite(
        "{\"default\": {"
            + "\"openai\": \"$env(OPENAI_KEY)\","
            + "\"bearer\": \"Bearer $env(OPENAI_KEY)!\","
            + "\"unset\": \"$env(NOT_SET_ANYWHERE)\"}}");
    JsonFileVault vault = vault();

    assertThat(join(vault.get("default", "openai"))).hasValue("sk-from-env");
    assertThat(join(vault.get("default", "bearer"))).hasValue("Bearer sk-from-env!");
    assertThat(join(vault.get("default", "unset"))).hasValue("$env(NOT_SET_ANYWHERE)");
  }

  @Test
  void nonStringValuesComeBackAsText() throws IOException {
    rewrite("{\"t\": {\"creds\": {\"user\": \"u\", \"port\": 5432}, \"n\": 7, \"gone\": null}}");
    JsonFileVault vault = vault();

    assertThat(join(vault.get("t", "creds"))).hasValue("{\"user\":\"u\",\"port\":5432}");
    assertThat(join(vault.get("t", "n"))).hasValue("7");
    assertThat(join(vault.listKeys("t"))).containsExactly("creds", "n");
  }

  @Test
  void deletedFileEmptiesTheVault() throws IOException {
    rewrite("{\"default\": {\"openai\": \"sk\"}}");
    JsonFileVault vault = vault();
    assertThat(join(vault.get("default", "openai"))).isPresent();

    Files.delete(file());

    assertThat(join(vault.get("default", "openai"))).isEmpty();
  }
}
