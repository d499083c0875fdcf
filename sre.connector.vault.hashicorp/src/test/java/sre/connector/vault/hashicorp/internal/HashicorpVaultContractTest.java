package sre.connector.vault.hashicorp.internal;

import java.time.Duration;
import java.util.Map;
import sre.api.vault.VaultConnector;
import sre.connector.tck.VaultConnectorContract;

/** The vault contract against a fake KV v2 server, token auth, cache on. */
class HashicorpVaultContractTest extends VaultConnectorContract {
  private FakeVault server;

  @Override
  protected void setUp() throws Exception {
    server = new FakeVault();
    server.acceptToken(TestSecrets.TOKEN);
  }

  @Override
  protected void tearDown() {
    server.close();
  }

  @Override
  protected VaultConnector connector(Map<String, Map<String, String>> secretsByTeam) {
    secretsByTeam.forEach((team, secrets) -> server.put(TestSettings.PREFIX + "/" + team, secrets));
    return HashicorpVaultComponent.create(
        TestSettings.token(server.address(), Duration.ofSeconds(30)),
        variable -> variable.equals("VAULT_TOKEN") ? TestSecrets.TOKEN : null,
        System::nanoTime);
  }
}
