package sre.connector.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sre.api.code.ArgumentStyle;
import sre.api.code.CodeConnector;
import sre.api.code.CodeExecution;
import sre.api.code.CodeLimits;
import sre.api.code.CodeResult;

/**
 * The connector's contract: main bound by name, its value or a clear error, and the sandbox's
 * escapes and limits reported as errors (never as an exception from the stage).
 */
class RhinoCodeConnectorTest {
  private final RhinoCodeConnector connector =
      new RhinoCodeConnector(new CodeLimits(Duration.ofMillis(500), 64L * 1024 * 1024), 2, 16);

  @AfterEach
  void stop() throws InterruptedException {
    connector.deactivate();
  }

  private CodeResult run(CodeExecution execution) {
    return connector.execute(execution).toCompletableFuture().join();
  }

  private CodeResult main(String body) {
    return run(CodeExecution.json("async function main() { " + body + " }", Map.of()));
  }

  @Test
  void jsonInputsAreBoundByName() {
    CodeResult r =
        run(
            CodeExecution.json(
                "async function main(a, b, missing) {"
                    + " return { sum: a.n + b.length, missing: typeof missing }; }",
                Map.of("b", "it's", "a", Map.of("n", 40))));
    assertThat(r.success()).isTrue();
    assertThat(r.output()).isEqualTo(Map.of("sum", 44L, "missing", "undefined"));
  }

  @Test
  void jsonNullIsAValue() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("x", null);
    assertThat(run(CodeExecution.json("async function main(x) { return x === null; }", inputs)))
        .isEqualTo(CodeResult.value(true));
  }

  @Test
  void sourceTextArgumentsArePastedAsWritten() {
    CodeResult r =
        run(
            CodeExecution.sourceText(
                "async function main(s, n) { return s + ':' + (n + 1); }",
                Map.of("s", "'a'", "n", "41")));
    assertThat(r).isEqualTo(CodeResult.value("a:42"));
  }

  @Test
  void asyncAndAwaitAreAccepted() {
    CodeResult r =
        run(
            CodeExecution.json(
                "async function twice(x) { return 2 * x; }\n"
                    + "async function main(x) { const y = await twice(x); return y; }",
                Map.of("x", 21)));
    assertThat(r).isEqualTo(CodeResult.value(42L));
  }

  @Test
  void undefinedResultIsNull() {
    assertThat(main("")).isEqualTo(CodeResult.value(null));
  }

  @Test
  void sourceWithoutMainIsAnError() {
    assertThat(run(CodeExecution.json("async function other() {}", Map.of())).errors())
        .containsExactly(CodeConnector.NO_MAIN);
  }

  @Test
  void thrownErrorIsTheMessage() {
    assertThat(main("throw new Error('boom');").errors())
        .singleElement()
        .asString()
        .contains("boom");
  }

  @Test
  void escapesAreErrors() {
    for (String escape :
        List.of(
            "return java.lang.System.exit(1);",
            "return Packages.java.lang.Runtime.getRuntime();",
            "return ''.getClass().forName('java.lang.Runtime');",
            "return new java.io.File('/etc/passwd').exists();",
            "return readFile('/etc/passwd');",
            "return new java.net.Socket('127.0.0.1', 22);",
            "return java.lang.System.getenv('PATH');",
            "return process.env.PATH;",
            "return require('fs');",
            "return fetch('http://127.0.0.1/');")) {
      CodeResult r = main(escape);
      assertThat(r.success()).as(escape).isFalse();
      assertThat(r.output()).as(escape).isNull();
    }
  }

  @Test
  void endlessLoopIsStopped() {
    assertThat(main("while (true) {}").errors())
        .containsExactly("Code execution stopped: CPU time limit exceeded");
  }

  @Test
  void unboundedAllocationIsStopped() {
    assertThat(main("var a = []; while (true) { a.push('x'.repeat(1000)); }").errors())
        .singleElement()
        .asString()
        .matches("Code execution stopped: (memory|CPU time) limit exceeded");
  }

  @Test
  void aRequestMayLowerTheMemoryLimit() {
    CodeExecution small =
        new CodeExecution(
            "async function main() { var a = []; for (var i = 0; i < 200000; i++) {"
                + " a.push('x'.repeat(100)); } return a.length; }",
            Map.of(),
            ArgumentStyle.JSON,
            new CodeLimits(Duration.ZERO, 1024 * 1024));
    assertThat(run(small).errors())
        .containsExactly("Code execution stopped: memory limit exceeded");
  }
}
