package sre.connector.s3.internal;

import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.cache.CacheConnector;
import sre.connector.tck.CacheConnectorContract;

/** The shared Cache contract against s3proxy (expiry kept in metadata, enforced on read). */
class S3CacheContractTest extends CacheConnectorContract {

  @RegisterExtension static final S3Proxy S3 = new S3Proxy();

  private static final String BUCKET = "cache-tck";

  private S3Io io;

  @Override
  protected CacheConnector connector() {
    io = new S3Io(S3.settings(BUCKET), S3Proxy::vault);
    return new S3Cache(io, System::currentTimeMillis);
  }

  @Override
  protected void tearDown() {
    io.close();
  }
}
