package sre.kernel.internal.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import sre.api.code.CodeConnector;
import sre.api.code.CodeExecution;
import sre.api.code.CodeResult;
import sre.api.runtime.ConnectorBinding;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;

/** The kernel's Code policy: known candidates only, a clear error without a connector, swaps. */
class CodeServiceTest {
  private static final CodeConfig CONFIG =
      new CodeConfig() {
        @Override
        public Class<? extends Annotation> annotationType() {
          return CodeConfig.class;
        }

        @Override
        public String connector_target() {
          return "(sre.connector.name=*)";
        }

        @Override
        public long drain_timeout_ms() {
          return 1000;
        }
      };

  private static final CodeExecution HELLO =
      CodeExecution.json("async function main() { return 'hi'; }", Map.of());

  /** Answers with its own name, so a test sees which connector ran the code. */
  private record Named(String name) implements CodeConnector {
    @Override
    public CompletionStage<CodeResult> execute(CodeExecution execution) {
      return CompletableFuture.completedFuture(CodeResult.value(name));
    }
  }

  private static Map<String, Object> props(String name, long id) {
    return Map.of("sre.connector.name", name, "service.id", id);
  }

  private static Object output(CompletionStage<CodeResult> s) throws Exception {
    return s.toCompletableFuture().get().output();
  }

  @Test
  void knownCandidatesRunCode() throws Exception {
    CodeService code = new CodeService(CONFIG);
    code.bindConnector(new Named("A"), props("A", 1));
    for (AccessCandidate c :
        List.of(
            AccessCandidate.agent("agent-1"),
            AccessCandidate.user("u1"),
            AccessCandidate.team("t1"),
            AccessCandidate.system())) {
      assertThat(output(code.requester(c).execute(HELLO))).as(c.toString()).isEqualTo("A");
    }
  }

  @Test
  void anonymousCallersAreRefusedBeforeTheConnector() {
    CodeService code = new CodeService(CONFIG);
    code.bindConnector(
        execution -> {
          throw new AssertionError("the connector must not see an anonymous call");
        },
        props("A", 1));
    assertThatThrownBy(
            () ->
                code.requester(AccessCandidate.anonymous())
                    .execute(HELLO)
                    .toCompletableFuture()
                    .get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AccessDeniedException.class);
  }

  @Test
  void withoutConnectorTheServiceAnswersAClearError() {
    CodeService code = new CodeService(CONFIG);
    assertThat(code.selected()).isEmpty();
    assertThatThrownBy(
            () ->
                code.requester(AccessCandidate.agent("agent-1"))
                    .execute(HELLO)
                    .toCompletableFuture()
                    .get())
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("No Code connector is bound");
  }

  @Test
  void newCallsGoToTheNewConnectorAndBackAfterUnbind() throws Exception {
    CodeService code = new CodeService(CONFIG);
    Named a = new Named("A");
    Named b = new Named("B");
    code.bindConnector(a, props("A", 1));
    code.bindConnector(b, props("B", 2));
    assertThat(output(code.requester(AccessCandidate.agent("x")).execute(HELLO))).isEqualTo("B");
    assertThat(code.selected()).map(ConnectorBinding::connectorName).contains("B");
    code.unbindConnector(b);
    assertThat(output(code.requester(AccessCandidate.agent("x")).execute(HELLO))).isEqualTo("A");
    assertThat(code.subsystem()).isEqualTo("Code");
  }
}
