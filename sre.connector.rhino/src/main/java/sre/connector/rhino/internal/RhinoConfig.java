package sre.connector.rhino.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the {@code ECMASandbox} code connector (PID {@value RhinoCodeConnector#PID}),
 * documented in {@code src/main/cfg/sre.connector.rhino.cfg}. The defaults are the limits SRE's
 * code components have always run under here.
 */
@ObjectClassDefinition(
    name = "SRE Rhino code connector",
    description =
        "Code connector 'ECMASandbox': JavaScript in a Rhino sandbox with CPU-time and memory"
            + " limits.")
public @interface RhinoConfig {
  @AttributeDefinition(
      name = "CPU time limit (ms)",
      description =
          "CPU time one execution may use; wall-clock time is capped at four times this. A request"
              + " may lower it, never raise it.",
      min = "1")
  long cpu_time_ms() default 5_000;

  @AttributeDefinition(
      name = "Memory limit (MB)",
      description = "Megabytes one execution may allocate. A request may lower it, never raise it.",
      min = "1")
  long memory_mb() default 256;

  @AttributeDefinition(
      name = "Threads",
      description = "Executions running at the same time, on threads this connector owns.",
      min = "1",
      max = "64")
  int threads() default 2;

  @AttributeDefinition(
      name = "Queue size",
      description =
          "Executions that may wait for a thread; beyond that an execution fails at once.",
      min = "0")
  int queue_size() default 256;
}
