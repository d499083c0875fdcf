package sre.connector.redis.internal;

import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.cache.CacheConnector;
import sre.connector.tck.CacheConnectorContract;

/** The shared Cache contract against a real Redis. */
class RedisCacheContractTest extends CacheConnectorContract {

  @RegisterExtension static final RedisServer REDIS = new RedisServer();

  private RedisConnector connector;

  @Override
  protected CacheConnector connector() {
    connector = new RedisConnector(RedisSettings.forUri(REDIS.uri()));
    return connector;
  }

  @Override
  protected void tearDown() {
    connector.close();
  }
}
