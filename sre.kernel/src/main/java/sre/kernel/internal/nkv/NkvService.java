package sre.kernel.internal.nkv;

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
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvConnector;
import sre.api.nkv.NkvRequester;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.kernel.internal.security.TeamScope;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** NKV subsystem: access-checked calls to the selected NkvConnector. */
@Component(
    service = {Nkv.class, SubsystemService.class},
    configurationPid = "sre.nkv")
@Designate(ocd = NkvConfig.class)
public final class NkvService extends SlottedService<NkvConnector> implements Nkv {
  private final TeamScope teams = new TeamScope(() -> this.account);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Account account;

  @Activate
  public NkvService(NkvConfig config) {
    super(Subsystems.NKV);
    modified(config);
  }

  @Modified
  void modified(NkvConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(NkvConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(NkvConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(NkvConnector c) {
    unbindFrom(c);
  }

  @Override
  public NkvRequester requester(AccessCandidate candidate) {
    return new ScopedNkv(candidate, teams, connectorIo());
  }
}
