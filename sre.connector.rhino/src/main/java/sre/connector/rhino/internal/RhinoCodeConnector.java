package sre.connector.rhino.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.code.CodeConnector;
import sre.api.code.CodeExecution;
import sre.api.code.CodeLimits;
import sre.api.code.CodeResult;
import sre.api.connector.ConnectorName;

/**
 * The Code connector {@code ECMASandbox}: JavaScript in the Rhino sandbox ({@link JsSandbox}) on
 * threads it owns ({@link SandboxPool}). Named after SRE's sandboxed JavaScript connector, the Code
 * instance SRE's ECMASandbox component runs on; the bundle is named after the engine so another
 * engine or a remote executor can register beside it under another name.
 *
 * <p>Without a configuration it runs with the defaults of {@link RhinoConfig}: 5 s of CPU and 256
 * MB of allocations per execution. A configuration change restarts the component; the kernel drains
 * the executions in flight first.
 */
@Component(service = CodeConnector.class, configurationPid = RhinoCodeConnector.PID)
@Designate(ocd = RhinoConfig.class)
@ConnectorName(RhinoCodeConnector.NAME)
public final class RhinoCodeConnector implements CodeConnector {
  static final String PID = "sre.connector.rhino";
  static final String NAME = "ECMASandbox";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final JsSandbox sandbox = new JsSandbox();
  private final CodeLimits limits;
  private final SandboxPool pool;

  @Activate
  public RhinoCodeConnector(RhinoConfig config) {
    this(
        new CodeLimits(
            Duration.ofMillis(Math.max(1, config.cpu_time_ms())),
            Math.max(1, config.memory_mb()) * 1024 * 1024),
        config.threads(),
        config.queue_size());
  }

  RhinoCodeConnector(CodeLimits limits, int threads, int queueSize) {
    this.limits = limits;
    this.pool = new SandboxPool(threads, queueSize);
    logger.info(
        "ECMASandbox (Rhino): {} ms CPU and {} MB per execution, {} thread(s)",
        limits.cpuTime().toMillis(),
        limits.memoryBytes() / (1024 * 1024),
        threads);
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    // The longest an execution can take: its wall-clock cap (four times the CPU limit).
    int dropped = pool.stop(limits.cpuTime().multipliedBy(4).plusSeconds(1));
    if (dropped > 0) {
      logger.warn("ECMASandbox stopped with {} execution(s) not run", dropped);
    }
  }

  @Override
  public CompletionStage<CodeResult> execute(CodeExecution execution) {
    CodeLimits effective = execution.limits().within(limits);
    return pool.submit(() -> run(execution, effective));
  }

  /** Runs on a pool thread: main's value, or the message of what stopped it. */
  private CodeResult run(CodeExecution execution, CodeLimits effective) {
    Optional<List<String>> params = JsMain.params(execution.source());
    if (params.isEmpty()) {
      return CodeResult.failure(NO_MAIN);
    }
    String script = JsMain.script(execution.source(), JsMain.arguments(params.get(), execution));
    try {
      return CodeResult.value(sandbox.eval(script, effective.cpuTime(), effective.memoryBytes()));
    } catch (RuntimeException | StackOverflowError e) {
      return CodeResult.failure(e.getMessage() != null ? e.getMessage() : e.toString());
    }
  }
}
