package sre.engine.internal.run;

import java.util.List;
import java.util.Map;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;
import sre.api.component.RunContext;
import sre.engine.internal.graph.Node;

/** One component execution's arguments. */
record CallImpl(
    Node node, Map<String, Object> inputs, RunContext run, Map<String, Object> runtimeData)
    implements ComponentCall {
  @Override
  public String componentId() {
    return node.id();
  }

  @Override
  public String displayName() {
    return node.displayName();
  }

  @Override
  public String title() {
    return node.title();
  }

  @Override
  public Map<String, Object> config() {
    return node.data();
  }

  @Override
  public List<InputDefinition> declaredInputs() {
    return node.inputs();
  }

  @Override
  public List<OutputDefinition> declaredOutputs() {
    return node.outputs();
  }
}
