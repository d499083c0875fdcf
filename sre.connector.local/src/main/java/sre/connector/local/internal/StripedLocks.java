package sre.connector.local.internal;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A fixed set of read/write locks picked by key hash: writes of one object (data file then metadata
 * file) are never interleaved with another write or a read of the same object, while different
 * objects rarely share a lock.
 */
final class StripedLocks {

  private final ReadWriteLock[] stripes;

  StripedLocks(int count) {
    stripes = new ReadWriteLock[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new ReentrantReadWriteLock();
    }
  }

  ReadWriteLock of(String key) {
    return stripes[Math.floorMod(key.hashCode(), stripes.length)];
  }
}
