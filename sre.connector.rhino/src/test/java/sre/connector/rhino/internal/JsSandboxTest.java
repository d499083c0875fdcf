package sre.connector.rhino.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scripts that try to leave the sandbox or exhaust the host are stopped with a clear error. */
class JsSandboxTest {
  private final JsSandbox sandbox = new JsSandbox();

  private Object eval(String source) {
    return sandbox.eval(source, Duration.ofMillis(500), 64L * 1024 * 1024);
  }

  @Test
  void runsPlainScripts() {
    assertThat(eval("({a: [1, 2], b: 'x'})")).isEqualTo(Map.of("a", List.of(1L, 2L), "b", "x"));
  }

  @Test
  void javaClassesAreUnreachable() {
    assertThatThrownBy(() -> eval("java.lang.System.exit(1)"))
        .isInstanceOf(JsSandbox.SandboxException.class);
    assertThatThrownBy(() -> eval("Packages.java.lang.Runtime.getRuntime()"))
        .isInstanceOf(JsSandbox.SandboxException.class);
    assertThatThrownBy(() -> eval("''.getClass().forName('java.lang.Runtime')"))
        .isInstanceOf(JsSandbox.SandboxException.class);
  }

  @Test
  void filesSocketsAndEnvironmentAreUnreachable() {
    for (String escape :
        List.of(
            "new java.io.File('/etc/passwd').exists()",
            "readFile('/etc/passwd')",
            "new java.net.Socket('127.0.0.1', 22)",
            "java.lang.System.getenv('PATH')",
            "process.env.PATH",
            "require('fs')",
            "fetch('http://127.0.0.1/')")) {
      assertThatThrownBy(() -> eval(escape))
          .as(escape)
          .isInstanceOf(JsSandbox.SandboxException.class);
    }
  }

  @Test
  void endlessLoopIsStopped() {
    assertThatThrownBy(() -> eval("while (true) {}"))
        .hasMessageContaining("CPU time limit exceeded");
  }

  @Test
  void unboundedAllocationIsStopped() {
    assertThatThrownBy(() -> eval("var a = []; while (true) { a.push('x'.repeat(1000)); }"))
        .hasMessageMatching(".*(memory|CPU time) limit exceeded.*");
  }
}
