package sre.kernel.internal.code;

import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.code.Code;
import sre.api.code.CodeConnector;
import sre.api.code.CodeRequester;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/**
 * Code subsystem: access-checked executions on the selected CodeConnector.
 *
 * <p>Unlike the core subsystems, the connector reference is optional: Code serves two workflow
 * components only, so the service (and readiness) is there without a connector, and an execution
 * then fails with {@link ScopedCode#NO_CONNECTOR}, which the components report as {@code _error}.
 */
@Component(
    service = {Code.class, SubsystemService.class},
    configurationPid = "sre.code")
@Designate(ocd = CodeConfig.class)
public final class CodeService extends SlottedService<CodeConnector> implements Code {
  @Activate
  public CodeService(CodeConfig config) {
    super(Subsystems.CODE);
    modified(config);
  }

  @Modified
  void modified(CodeConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  // Public (the package stays private to the bundle) so tests of other modules can wire a real
  // CodeService to a connector without a framework.
  @Reference(
      name = "connector",
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  public void bindConnector(CodeConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(CodeConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  public void unbindConnector(CodeConnector c) {
    unbindFrom(c);
  }

  @Override
  public CodeRequester requester(AccessCandidate candidate) {
    return new ScopedCode(candidate, connectorIo());
  }
}
