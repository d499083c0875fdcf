package sre.api.runtime;

/** State of one boot step. */
public enum StepState {
  /** Some required service is not bound yet; {@link BootStep#waitingFor()} names it. */
  WAITING,
  /** Every required service is bound. */
  READY,
  /** Optional step with nothing installed (e.g. no HTTP router in a CLI run). Counts as ready. */
  SKIPPED
}
