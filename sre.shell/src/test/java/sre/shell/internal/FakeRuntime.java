package sre.shell.internal;

import java.util.List;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Runtime;
import sre.api.runtime.StepState;

/** A Runtime with fixed steps and bindings, for the command tests. */
record FakeRuntime(List<BootStep> steps, List<ConnectorBinding> connectors) implements Runtime {
  @Override
  public boolean isReady() {
    return steps.get(steps.size() - 1).state() == StepState.READY;
  }
}
