package sre.api.runtime;

import java.util.List;

/**
 * One step of the boot sequence: its position (1-6), name, state, what it still waits for and what
 * is bound (e.g. {@code Storage=LocalStorage}).
 */
public record BootStep(
    int order, String name, StepState state, List<String> waitingFor, List<String> bound) {
  public BootStep {
    waitingFor = List.copyOf(waitingFor);
    bound = List.copyOf(bound);
  }

  public boolean done() {
    return state != StepState.WAITING;
  }
}
