package sre.kernel.internal.storage;

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
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;
import sre.api.storage.StorageConnector;
import sre.api.storage.StorageRequester;
import sre.kernel.internal.security.AccessGuard;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** Storage subsystem: ACL-checked access to the selected StorageConnector. */
@Component(
    service = {Storage.class, SubsystemService.class},
    configurationPid = "sre.storage")
@Designate(ocd = StorageConfig.class)
public final class StorageService extends SlottedService<StorageConnector> implements Storage {
  private final AccessGuard guard = new AccessGuard(() -> this.account);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Account account;

  @Activate
  public StorageService(StorageConfig config) {
    super(Subsystems.STORAGE);
    modified(config);
  }

  @Modified
  void modified(StorageConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(StorageConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(StorageConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(StorageConnector c) {
    unbindFrom(c);
  }

  @Override
  public StorageRequester requester(AccessCandidate candidate) {
    return new ScopedStorage(candidate, guard, connectorIo());
  }
}
