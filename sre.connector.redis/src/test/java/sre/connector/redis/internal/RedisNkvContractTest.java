package sre.connector.redis.internal;

import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.nkv.NkvConnector;
import sre.connector.tck.NkvConnectorContract;

/** The shared NKV contract against a real Redis. */
class RedisNkvContractTest extends NkvConnectorContract {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private RedisConnector connector;

  @Override
  protected NkvConnector connector() {
    connector = new RedisConnector(RedisSettings.forUri(REDIS.uri()));
    return connector;
  }

  @Override
  protected void tearDown() {
    connector.close();
  }
}
