package sre.connector.local.internal;

import sre.api.nkv.NkvConnector;
import sre.connector.tck.NkvConnectorContract;

class RamNkvTest extends NkvConnectorContract {

  @Override
  protected NkvConnector connector() {
    return new RamNkv();
  }
}
