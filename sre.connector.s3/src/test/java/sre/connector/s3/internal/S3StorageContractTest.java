package sre.connector.s3.internal;

import org.junit.jupiter.api.extension.RegisterExtension;
import sre.api.storage.StorageConnector;
import sre.connector.tck.StorageConnectorContract;

/** The shared Storage contract against s3proxy. */
class S3StorageContractTest extends StorageConnectorContract {

  @RegisterExtension static final S3Proxy S3 = new S3Proxy();

  private static final String BUCKET = "storage-tck";

  private S3Io io;

  @Override
  protected StorageConnector connector() {
    io = new S3Io(S3.settings(BUCKET), S3Proxy::vault);
    return new S3Storage(io);
  }

  @Override
  protected void tearDown() {
    io.close();
  }
}
