package sre.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import sre.api.agent.AgentRunner;
import sre.api.runtime.Readiness;

/** Runs command lines against fake services, capturing standard output and error. */
final class CommandLines {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(Services services, String... arguments) {
    return SreCommand.execute(
        services, new PrintWriter(out, true), new PrintWriter(err, true), arguments);
  }

  /** A ready runtime whose engine is {@code runner}. */
  static FakeServices readyWith(AgentRunner runner) {
    Readiness readiness = () -> 100;
    return new FakeServices().with(Readiness.class, readiness).with(AgentRunner.class, runner);
  }
}
