package sre.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.StepState;

class CommandOutputTest {
  private static final FakeRuntime RUNTIME =
      new FakeRuntime(
          List.of(
              new BootStep(1, "Core services", StepState.READY, List.of(), List.of("Cache=RAM")),
              new BootStep(2, "Agents", StepState.WAITING, List.of("AgentRunner"), List.of()),
              new BootStep(6, "Readiness", StepState.WAITING, List.of("step 2"), List.of())),
          List.of(
              new ConnectorBinding("Cache", "RAM", "", 0, 12, true),
              new ConnectorBinding("Cache", "Redis", "default", 0, 40, false),
              new ConnectorBinding("Storage", "LocalStorage", "", 0, 13, true)));

  private static String printed(Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void statusShowsBoundAndWaitingAndNotReady() {
    StatusCommand status = new StatusCommand();
    status.runtime = RUNTIME;
    String out = printed(status::print);
    assertThat(out).contains("Cache=RAM").contains("AgentRunner").contains("WAITING");
    assertThat(out).contains("Readiness: NOT READY");
  }

  @Test
  void connectorListFlagsSelectedAndFiltersBySubsystem() {
    ConnectorListCommand list = new ConnectorListCommand();
    list.runtime = RUNTIME;
    list.subsystem = "CACHE";
    String out = printed(list::print);
    assertThat(out).contains("RAM").contains("selected").contains("Redis").contains("standby");
    assertThat(out).contains("default").doesNotContain("LocalStorage");
  }
}
