package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.code.Code;
import sre.api.component.ComponentCall;
import sre.api.component.RunContext;
import sre.api.security.AccessCandidate;

/**
 * ECMASandbox and ServerlessCode through the real Code subsystem (kernel CodeService + Rhino
 * connector): SRE's argument passing, results, errors, and the sandbox's limits as {@code _error}.
 */
class CodeComponentsTest {
  private static final Code CODE = TestCode.rhino(1000);

  private static RunContext run(Code code) {
    Map<Class<?>, Object> services = new HashMap<>();
    if (code != null) {
      services.put(Code.class, code);
    }
    return TestCalls.run(
        new AgentRequest("POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.system()),
        Map.of(),
        services);
  }

  private static ComponentCall call(
      Map<String, Object> config, Map<String, Object> inputs, String... declared) {
    return TestCalls.call(config, inputs, run(CODE), declared);
  }

  private static Map<String, Object> ecma(String code, Map<String, Object> inputs) {
    return result(new EcmaSandboxComponent().process(call(Map.of("code", code), inputs)));
  }

  @Test
  void ecmaSandboxInjectsArgumentsAsSreDoes() {
    Map<String, Object> out =
        ecma(
            "async function main(s, n, missing) { return [s, n + 1, missing === null]; }",
            Map.of("s", "it", "n", 41L));
    assertThat(out).containsExactly(Map.entry("Output", List.of("it", 42L, true)));
  }

  @Test
  void ecmaSandboxPastesOtherValuesAsTheirStringForm() {
    // SRE's String(value): the list [1, 2] is pasted as 1,2 — two arguments
    Map<String, Object> out =
        ecma(
            "async function main(list, next) { return [list, next]; }",
            Map.of("list", List.of(1L, 2L)));
    assertThat(out).containsExactly(Map.entry("Output", List.of(1L, 2L)));
  }

  @Test
  void ecmaSandboxStringsAreNotEscaped() {
    Map<String, Object> out = ecma("async function main(s) { return s; }", Map.of("s", "it's"));
    assertThat(out).containsOnlyKeys("_error");
  }

  @Test
  void ecmaSandboxObjectResultAndNoArgs() {
    assertThat(
            ecma(
                "async function main() { const a = 1; const b = 2; return { c: a + b }; }",
                Map.of()))
        .containsExactly(Map.entry("Output", Map.of("c", 3L)));
  }

  @Test
  void ecmaSandboxWithoutMainIsAnError() {
    assertThat(ecma("async function other(a) { return a; }", Map.of("a", 1L)))
        .containsExactly(Map.entry("_error", List.of("No main function found at root level")));
  }

  @Test
  void ecmaSandboxEscapesAndLimitsAreErrors() {
    assertThat(ecma("async function main() { return require('fs'); }", Map.of()))
        .containsOnlyKeys("_error");
    assertThat(ecma("async function main() { return java.lang.System.getenv('PATH'); }", Map.of()))
        .containsOnlyKeys("_error");
    assertThat(ecma("async function main() { while (true) {} }", Map.of()))
        .containsExactly(
            Map.entry("_error", List.of("Code execution stopped: CPU time limit exceeded")));
  }

  @Test
  void serverlessCodeRunsMainWithJsonParsedInputs() {
    Map<String, Object> out =
        result(
            new ServerlessCodeComponent()
                .process(
                    call(
                        Map.of("code", "async function main(a, b) { return a.n + b.length; }"),
                        Map.of("a", "{\"n\": 40}", "b", "it's"),
                        "a",
                        "b")));
    assertThat(out).containsExactly(Map.entry("Output", 44L));
  }

  @Test
  void serverlessCodeAssemblesLegacyCode() {
    Map<String, Object> out =
        result(
            new ServerlessCodeComponent()
                .process(
                    call(
                        Map.of("code_imports", "", "code_body", "return x * 2;"),
                        Map.of("x", "21"),
                        "x")));
    assertThat(out).containsExactly(Map.entry("Output", 42L));
  }

  @Test
  void serverlessCodeFailuresAreErrors() {
    Map<String, Object> noMain =
        result(new ServerlessCodeComponent().process(call(Map.of("code", "1+1"), Map.of())));
    assertThat(noMain)
        .containsExactly(Map.entry("_error", List.of("No main function found at root level")));
    Map<String, Object> thrown =
        result(
            new ServerlessCodeComponent()
                .process(
                    call(
                        Map.of("code", "async function main() { throw new Error('boom'); }"),
                        Map.of())));
    assertThat(thrown).containsOnlyKeys("_error");
    assertThat(String.valueOf(thrown.get("_error"))).contains("boom");
  }

  @Test
  void withoutCodeConnectorTheComponentsSaySo() {
    ComponentCall call =
        TestCalls.call(
            Map.of("code", "async function main() { return 1; }"),
            Map.of(),
            run(TestCode.withoutConnector()));
    assertThat(result(new EcmaSandboxComponent().process(call)).get("_error"))
        .asList()
        .singleElement()
        .asString()
        .startsWith("No Code connector is bound");
    ComponentCall noService =
        TestCalls.call(Map.of("code", "async function main() { return 1; }"), Map.of(), run(null));
    assertThat(result(new ServerlessCodeComponent().process(noService)))
        .containsExactly(Map.entry("_error", List.of(CodeRuns.NO_CODE_SERVICE)));
  }
}
