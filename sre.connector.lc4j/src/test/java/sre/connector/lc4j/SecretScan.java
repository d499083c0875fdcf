package sre.connector.lc4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a suite logged (slf4j-simple at DEBUG into the file surefire names) holds none of the
 * secrets it used, nor their first 12 characters.
 */
public final class SecretScan {
  private SecretScan() {}

  public static void assertNoneLogged(List<String> secrets) throws Exception {
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/sre-test.log"));
    assertThat(log).exists();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    // Not vacuous: the fake provider's request lines went to the same file.
    assertThat(text).contains("fake provider got POST");
    for (String secret : secrets) {
      assertThat(text).doesNotContain(secret);
      assertThat(text).doesNotContain(secret.substring(0, 12));
    }
  }
}
