package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StatusReportTest {
  @Test
  void showsEveryStepReadinessAndTheServingConnectorFirst() {
    SampleRuntime runtime = SampleRuntime.ready();
    String text =
        new StatusReport(runtime.steps(), runtime.connectors(), OptionalLong.of(412), 1630)
            .render();

    assertThat(text)
        .contains("  #  STEP                   STATE    DETAIL\n")
        .contains("  1  core services          READY    Storage=LocalStorage, Cache=RamCache\n")
        .contains("  3  HTTP routing           SKIPPED  -\n")
        .contains("Readiness: READY in 412 ms after kernel start, JVM uptime 1630 ms\n")
        .contains("  SUBSYSTEM  CONNECTOR     INSTANCE  RANKING  ROLE\n")
        .contains("  Cache      RamCache      -         0        serving\n");
    assertThat(text.indexOf("LocalStorage  default")).isLessThan(text.indexOf("S3 "));
    assertThat(text).contains("  Storage    S3            s3-main   10       standby\n");
  }

  @Test
  void namesWhatTheStepsWaitForWhenNotReady() {
    SampleRuntime runtime = SampleRuntime.waitingForVault();
    StatusReport report =
        new StatusReport(runtime.steps(), runtime.connectors(), OptionalLong.empty(), 30_100);

    assertThat(report.ready()).isFalse();
    assertThat(report.waitingFor()).containsExactly("Vault");
    assertThat(report.render())
        .contains("  1  core services  WAITING  waiting for Vault\n")
        .contains("Readiness: NOT READY, waiting for Vault\n")
        .contains("  (no connector registered)\n");
  }
}
