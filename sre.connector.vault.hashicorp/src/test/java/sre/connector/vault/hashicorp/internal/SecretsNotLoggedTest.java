package sre.connector.vault.hashicorp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (see junit-platform.properties): everything the suite logged at DEBUG holds none of the
 * tokens, AppRole ids or secret values it used.
 */
@Order(Integer.MAX_VALUE)
class SecretsNotLoggedTest {
  @Test
  void noSecretInTheSuitesLogs() throws Exception {
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/sre-test.log"));
    assertThat(log).exists();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    // Not vacuous: the fake server's request lines went to the same file.
    assertThat(text).contains("fake vault got GET");
    for (String secret : TestSecrets.ALL) {
      assertThat(text).doesNotContain(secret);
      assertThat(text).doesNotContain(secret.substring(0, 12));
    }
    assertThat(text).doesNotContain(TestSecrets.APPROLE_TOKEN_PREFIX);
  }
}
