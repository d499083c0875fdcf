package sre.engine.internal.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sre.api.component.OutputDefinition;
import sre.api.component.support.JsonPath;
import sre.engine.internal.graph.Link;
import sre.engine.internal.graph.Node;
import sre.engine.internal.graph.TargetGroup;

/** SRE's {@code callNextComponents}: moves a component's output values along its connections. */
final class Propagation {
  private Propagation() {}

  /**
   * Activates the targets that receive a defined value and returns how many were activated. Targets
   * tagged async are skipped in the main flow (except Async components themselves); each activated
   * target inherits the loop it runs in.
   */
  static int propagate(AgentRun run, Node node, Map<String, Object> output) {
    List<TargetGroup> targets = node.targets();
    int activated = 0;
    for (TargetGroup group : targets) {
      Node target = run.node(group.target());
      if (!run.forked() && run.graph().isAsync(target.index()) && !target.name().equals("Async")) {
        continue;
      }
      Map<String, Object> arrived = null;
      boolean errorHandler = false;
      for (Link link : group.links()) {
        OutputDefinition out = node.outputs().get(link.sourceOutput());
        if (out.name().equals("_error")) {
          errorHandler = true;
        }
        Object value = valueOf(node, out, output);
        if (value == JsonPath.UNDEFINED || link.targetInput() < 0) {
          continue;
        }
        String input = target.inputs().get(link.targetInput()).name();
        if (arrived == null) {
          arrived = new LinkedHashMap<>(4);
        }
        boolean has = arrived.containsKey(input);
        arrived.put(input, Inputs.merge(arrived.get(input), has, value));
      }
      if (arrived == null) {
        continue;
      }
      Map<String, Object> accumulated = run.runtimeInput(target.index());
      Inputs.accumulate(accumulated, arrived);
      if (errorHandler) {
        output.put("_error_handled", Boolean.TRUE);
      }
      Map<String, Object> withDefaults = Inputs.withDefaults(target, accumulated, run.variables());
      run.activate(target.index(), !Inputs.missing(target, withDefaults).isEmpty());
      Loops.inherit(run.runtimeData(node.index()), run.runtimeData(target.index()));
      activated++;
    }
    return activated;
  }

  /**
   * The value of one output: a primary output by name; a derived one first as a property of the
   * first primary output (SRE quirk §12.7), then as a path into the whole result.
   */
  static Object valueOf(Node node, OutputDefinition out, Map<String, Object> output) {
    if (out.primary()) {
      return output.containsKey(out.name()) ? output.get(out.name()) : JsonPath.UNDEFINED;
    }
    Object value = JsonPath.UNDEFINED;
    if (node.primaryOutput() >= 0) {
      String primary = node.outputs().get(node.primaryOutput()).name();
      if (output.containsKey(primary)) {
        value = JsonPath.property(output.get(primary), out.name());
      }
    }
    if (value == JsonPath.UNDEFINED) {
      value = JsonPath.get(output, out.expression() != null ? out.expression() : out.name());
    }
    return value;
  }
}
