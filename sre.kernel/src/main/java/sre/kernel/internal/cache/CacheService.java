package sre.kernel.internal.cache;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.account.Account;
import sre.api.cache.Cache;
import sre.api.cache.CacheConnector;
import sre.api.cache.CacheRequester;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.kernel.internal.security.AccessGuard;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** Cache subsystem: access-checked calls to the selected CacheConnector. */
@Component(
    service = {Cache.class, SubsystemService.class},
    configurationPid = "sre.cache")
@Designate(ocd = CacheConfig.class)
public final class CacheService extends SlottedService<CacheConnector> implements Cache {
  private final AccessGuard guard = new AccessGuard(() -> this.account);

  /** Shared by every candidate's requester: ACLs are per key, not per caller. */
  private final AclMemo memo = new AclMemo(10_000);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Account account;

  @Activate
  public CacheService(CacheConfig config) {
    super(Subsystems.CACHE);
    modified(config);
  }

  @Modified
  void modified(CacheConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(CacheConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(CacheConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(CacheConnector c) {
    unbindFrom(c);
  }

  @Override
  public CacheRequester requester(AccessCandidate candidate) {
    return new ScopedCache(candidate, guard, connectorIo(), memo);
  }
}
