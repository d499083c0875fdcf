package sre.kernel.internal.log;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.log.CallLog;
import sre.api.log.Log;
import sre.api.log.LogConnector;
import sre.api.runtime.Subsystems;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.kernel.internal.select.SlottedService;
import sre.kernel.internal.select.SubsystemService;

/** Log subsystem: call logs from agents (and the system) to the selected LogConnector. */
@Component(
    service = {Log.class, SubsystemService.class},
    configurationPid = "sre.log")
@Designate(ocd = LogConfig.class)
public final class LogService extends SlottedService<LogConnector> implements Log {

  @Activate
  public LogService(LogConfig config) {
    super(Subsystems.LOG);
    modified(config);
  }

  @Modified
  void modified(LogConfig config) {
    drainTimeout(config.drain_timeout_ms());
  }

  @Reference(
      name = "connector",
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      updated = "updatedConnector")
  void bindConnector(LogConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void updatedConnector(LogConnector c, Map<String, Object> props) {
    bindTo(c, props);
  }

  void unbindConnector(LogConnector c) {
    unbindFrom(c);
  }

  @Override
  public CompletionStage<Void> log(AccessCandidate candidate, CallLog entry) {
    // SRE's log requester accepts agents only; the runtime itself may log too.
    if (candidate.role() != AccessRole.AGENT && candidate.role() != AccessRole.SYSTEM) {
      return CompletableFuture.failedFuture(new AccessDeniedException(candidate.write("log")));
    }
    return io(c -> c.log(entry));
  }
}
