package sre.kernel.internal.vault;

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
import sre.api.vault.Vault;
import sre.api.vault.VaultConnector;
import sre.api.vault.VaultRequester;
import sre.kernel.internal.security.TeamScope;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** Vault subsystem: access-checked calls to the selected VaultConnector. */
@Component(
    service = {Vault.class, SubsystemService.class},
    configurationPid = "sre.vault")
@Designate(ocd = VaultConfig.class)
public final class VaultService extends SlottedService<VaultConnector> implements Vault {
  private final TeamScope teams = new TeamScope(() -> this.account);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Account account;

  private volatile String sharedTeam;

  @Activate
  public VaultService(VaultConfig config) {
    super(Subsystems.VAULT);
    modified(config);
  }

  @Modified
  void modified(VaultConfig config) {
    drainTimeout(config.drain_timeout_ms());
    sharedTeam = config.shared_team().isBlank() ? null : config.shared_team().trim();
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(VaultConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(VaultConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(VaultConnector c) {
    unbindFrom(c);
  }

  @Override
  public VaultRequester requester(AccessCandidate candidate) {
    return new ScopedVault(candidate, teams, sharedTeam, connectorIo());
  }
}
