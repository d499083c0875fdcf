package sre.kernel.internal.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sre.api.runtime.BootStep;
import sre.api.runtime.StepState;

class BootStepsTest {
  private static Map<String, String> all() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Storage", "LocalStorage");
    m.put("Cache", "RAM");
    m.put("NKV", "RAM");
    m.put("Vault", "JSONFileVault");
    m.put("Log", "ConsoleLog");
    m.put("LLM", "Echo");
    m.put("VectorDB", "RAMVec");
    m.put("Account", "DummyAccount");
    return m;
  }

  @Test
  void nothingBoundWaitsForEverything() {
    List<BootStep> steps = BootSteps.compute(Map.of(), Optional.empty(), 0, Optional.empty());
    assertThat(steps).extracting(BootStep::order).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(steps.get(0).waitingFor())
        .containsExactly("Storage", "Cache", "NKV", "Vault", "Log");
    assertThat(steps.get(1).waitingFor()).containsExactly("AgentRunner", "Components");
    assertThat(steps.get(2).state()).isEqualTo(StepState.SKIPPED);
    assertThat(steps.get(5).state()).isEqualTo(StepState.WAITING);
    assertThat(steps.get(5).waitingFor())
        .containsExactly(BootSteps.CORE, BootSteps.AGENTS, BootSteps.MODELS, BootSteps.ACCOUNTS);
  }

  @Test
  void everythingBoundIsReadyAndNamesConnectors() {
    List<BootStep> steps =
        BootSteps.compute(all(), Optional.of("sre.engine"), 14, Optional.empty());
    assertThat(steps).allMatch(BootStep::done);
    assertThat(steps.get(5).state()).isEqualTo(StepState.READY);
    assertThat(steps.get(0).bound()).contains("Storage=LocalStorage", "Vault=JSONFileVault");
    assertThat(steps.get(1).bound())
        .containsExactly("AgentRunner=sre.engine", "Components=14", "Code=none");
  }

  @Test
  void codeIsOptionalAndNamedInTheAgentStep() {
    Map<String, String> m = all();
    List<BootStep> without = BootSteps.compute(m, Optional.of("sre.engine"), 14, Optional.empty());
    assertThat(without.get(1).state()).isEqualTo(StepState.READY);
    assertThat(without.get(5).state()).isEqualTo(StepState.READY);

    m.put("Code", "ECMASandbox");
    List<BootStep> with = BootSteps.compute(m, Optional.of("sre.engine"), 14, Optional.empty());
    assertThat(with.get(1).bound()).contains("Code=ECMASandbox");
    assertThat(with.get(0).bound()).noneMatch(b -> b.startsWith("Code"));
  }

  @Test
  void losingOneSubsystemLosesReadiness() {
    Map<String, String> m = all();
    m.remove("Cache");
    List<BootStep> steps = BootSteps.compute(m, Optional.of("sre.engine"), 14, Optional.empty());
    assertThat(steps.get(0).waitingFor()).containsExactly("Cache");
    assertThat(steps.get(5).state()).isEqualTo(StepState.WAITING);
  }

  @Test
  void routerMakesStepThreeReady() {
    List<BootStep> steps =
        BootSteps.compute(
            all(), Optional.of("sre.engine"), 1, Optional.of("http://127.0.0.1:8080"));
    assertThat(steps.get(2).state()).isEqualTo(StepState.READY);
    assertThat(steps.get(2).bound()).containsExactly("Router=http://127.0.0.1:8080");
  }
}
