package sre.engine.internal.graph;

import java.util.List;
import java.util.Map;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;

/**
 * One component of a loaded agent graph. Immutable.
 *
 * @param index position in the graph's component list
 * @param id component id
 * @param name implementation name (registry key, e.g. {@code FHash})
 * @param displayName SRE's {@code displayName} (falls back to the name)
 * @param title the component title ({@code ""} when absent)
 * @param data the component configuration (unmodifiable)
 * @param inputs declared inputs
 * @param outputs declared outputs
 * @param connectedInputs per input, whether some connection targets it
 * @param targets outgoing connections grouped by target, in first-appearance order
 * @param primaryOutput index of the first {@code default} output, or -1
 */
public record Node(
    int index,
    String id,
    String name,
    String displayName,
    String title,
    Map<String, Object> data,
    List<InputDefinition> inputs,
    List<OutputDefinition> outputs,
    boolean[] connectedInputs,
    List<TargetGroup> targets,
    int primaryOutput) {

  /** A component without outgoing connections: its result is part of the response. */
  public boolean leaf() {
    return targets.isEmpty();
  }
}
