package sre.kernel.internal.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored ACL the kernel last saw or wrote for each recent cache key, so that a write can go out
 * with one backend round trip ({@code CacheConnector.setIfAcl}) instead of reading the ACL first.
 * Only a hint: the backend writes nothing when the stored ACL differs, and the kernel then reads it
 * and checks again. Bounded: the least recently used keys are forgotten.
 */
final class AclMemo {
  private final Map<String, String> acls;

  AclMemo(int capacity) {
    this.acls =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized String get(String key) {
    return acls.get(key);
  }

  synchronized void put(String key, String acl) {
    if (acl == null) {
      acls.remove(key);
    } else {
      acls.put(key, acl);
    }
  }

  synchronized void forget(String key) {
    acls.remove(key);
  }
}
