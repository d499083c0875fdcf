package sre.cli.internal;

import java.util.List;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Runtime;
import sre.api.runtime.StepState;

/** A kernel view as the real kernel reports it: six steps, local connectors. */
record SampleRuntime(List<BootStep> steps, List<ConnectorBinding> connectors) implements Runtime {
  static SampleRuntime ready() {
    return new SampleRuntime(
        List.of(
            step(
                1,
                "core services",
                StepState.READY,
                List.of(),
                List.of("Storage=LocalStorage", "Cache=RamCache")),
            step(
                2,
                "agents and components",
                StepState.READY,
                List.of(),
                List.of("AgentData=LocalAgentData")),
            step(3, "HTTP routing", StepState.SKIPPED, List.of(), List.of()),
            step(4, "LLM and vector DBs", StepState.READY, List.of(), List.of("LLM=Echo")),
            step(
                5, "accounts and ACL", StepState.READY, List.of(), List.of("Account=LocalAccount")),
            step(6, "readiness", StepState.READY, List.of(), List.of())),
        List.of(
            new ConnectorBinding("Storage", "LocalStorage", "default", 0, 11, true),
            new ConnectorBinding("Storage", "S3", "s3-main", 10, 12, false),
            new ConnectorBinding("Cache", "RamCache", null, 0, 13, true)));
  }

  static SampleRuntime waitingForVault() {
    return new SampleRuntime(
        List.of(
            step(
                1,
                "core services",
                StepState.WAITING,
                List.of("Vault"),
                List.of("Storage=LocalStorage")),
            step(6, "readiness", StepState.WAITING, List.of("core services"), List.of())),
        List.of());
  }

  private static BootStep step(
      int order, String name, StepState state, List<String> waiting, List<String> bound) {
    return new BootStep(order, name, state, waiting, bound);
  }

  @Override
  public boolean isReady() {
    return steps.stream().allMatch(BootStep::done);
  }
}
