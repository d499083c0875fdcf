package sre.connector.bedrock.internal;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import sre.connector.lc4j.SecretScan;

/** Runs last (see junit-platform.properties): the suite's logs hold none of its secrets. */
@Order(Integer.MAX_VALUE)
class SecretsNotLoggedTest {
  @Test
  void noSecretInTheSuitesLogs() throws Exception {
    SecretScan.assertNoneLogged(TestSecrets.ALL);
  }
}
