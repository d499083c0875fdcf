package sre.connector.local.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.connector.ConnectorName;
import sre.api.log.CallLog;
import sre.api.log.LogConnector;

/**
 * SRE's {@code ConsoleLog}: each component call of a run as one DEBUG line through SLF4J (the
 * framework's log service decides where it goes). Inputs and outputs are logged as the kernel hands
 * them over, already truncated; enable DEBUG for this logger only where that is acceptable.
 */
@Component(service = LogConnector.class)
@ConnectorName("ConsoleLog")
public final class ConsoleLog implements LogConnector {

  private final Logger logger = LoggerFactory.getLogger(getClass());

  @Override
  public CompletionStage<Void> log(CallLog entry) {
    if (logger.isDebugEnabled()) {
      logger.debug(
          "agent={} run={} component={} source={} took={} input={} output={} error={}",
          entry.agentId(),
          entry.runId(),
          entry.componentId(),
          entry.sourceId(),
          took(entry),
          entry.input(),
          entry.output(),
          entry.error());
    }
    return CompletableFuture.completedFuture(null);
  }

  private static String took(CallLog entry) {
    if (entry.inputTimestamp() == null || entry.outputTimestamp() == null) {
      return "?";
    }
    return Duration.between(entry.inputTimestamp(), entry.outputTimestamp()).toMillis() + "ms";
  }
}
