package sre.connector.vault.aws.internal;

import java.time.Duration;
import java.util.Map;
import sre.api.vault.VaultConnector;
import sre.connector.tck.VaultConnectorContract;

/** The vault contract against a fake Secrets Manager speaking the JSON protocol. */
class SecretsManagerContractTest extends VaultConnectorContract {
  private FakeSecretsManager server;
  private SecretsManagerVault vault;

  @Override
  protected void setUp() throws Exception {
    server = new FakeSecretsManager();
  }

  @Override
  protected void tearDown() {
    if (vault != null) {
      vault.close();
    }
    server.close();
  }

  @Override
  protected VaultConnector connector(Map<String, Map<String, String>> secretsByTeam) {
    secretsByTeam.forEach(
        (team, secrets) ->
            secrets.forEach((key, value) -> server.put("smythos/" + team + "/" + key, value)));
    vault = TestVaults.vault(server.address(), Duration.ofSeconds(30), System::nanoTime);
    return vault;
  }
}
