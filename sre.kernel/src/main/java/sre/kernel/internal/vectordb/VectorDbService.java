package sre.kernel.internal.vectordb;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.vectordb.VectorDb;
import sre.api.vectordb.VectorDbConnector;
import sre.api.vectordb.VectorDbRequester;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** VectorDB subsystem: access-checked calls to the selected VectorDbConnector. */
@Component(
    service = {VectorDb.class, SubsystemService.class},
    configurationPid = "sre.vectordb")
@Designate(ocd = VectorDbConfig.class)
public final class VectorDbService extends SlottedService<VectorDbConnector> implements VectorDb {
  @Activate
  public VectorDbService(VectorDbConfig config) {
    super(Subsystems.VECTOR_DB);
    modified(config);
  }

  @Modified
  void modified(VectorDbConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(VectorDbConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(VectorDbConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(VectorDbConnector c) {
    unbindFrom(c);
  }

  @Override
  public VectorDbRequester requester(AccessCandidate candidate) {
    return new ScopedVectorDb(candidate, connectorIo());
  }
}
