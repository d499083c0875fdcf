package sre.api.component;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The arguments of one component execution. */
@ProviderType
public interface ComponentCall {
  /** The component's id in the agent graph. */
  String componentId();

  /** The component's display name (SRE's {@code displayName}; the name when absent). */
  String displayName();

  /** The component's title in the graph (may be empty). */
  String title();

  /** Input values by input name (agent variables merged under them), typed as declared. */
  Map<String, Object> inputs();

  /** The component's {@code data} object from the {@code .smyth} file. */
  Map<String, Object> config();

  /** The inputs declared in the graph, in order. */
  List<InputDefinition> declaredInputs();

  /** The outputs declared in the graph, in order. */
  List<OutputDefinition> declaredOutputs();

  /** The run this call belongs to. */
  RunContext run();

  /**
   * SRE's runtime data of this component in this run: kept across the component's executions until
   * the engine resets it (e.g. a loop's {@link LoopState} under {@link LoopState#KEY}). Only the
   * run's own thread touches it.
   */
  Map<String, Object> runtimeData();
}
