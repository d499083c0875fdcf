package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ServerlessCode (sandboxed). */
class CodeHostImageComponentsTest {
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
}
