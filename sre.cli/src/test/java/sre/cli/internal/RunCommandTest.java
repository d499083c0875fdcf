package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.runtime.Readiness;

class RunCommandTest {
  @TempDir Path dir;
  private final CommandLines cli = new CommandLines();
  private Path agent;

  @BeforeEach
  void agentFile() throws IOException {
    agent =
        Files.writeString(dir.resolve("greeter.smyth"), "{\"components\":[],\"connections\":[]}");
  }

  @Test
  void printsTheResultAsCompactJsonAndSendsTheRequestAsGiven() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("greeting", "Hello Ada");
    data.put("n", 2.0);
    data.put("list", List.of(1L, "x"));
    FakeRunner runner =
        new FakeRunner(r -> CompletableFuture.completedFuture(new AgentResponse(200, data)));

    int exit =
        cli.run(
            CommandLines.readyWith(runner),
            "run",
            agent.toString(),
            "post",
            "/api/greet",
            "--body",
            "{\"name\": \"Ada\"}",
            "--query",
            "{\"q\":1}",
            "--header",
            "X-Debug=a=b",
            "--header",
            "Accept=application/json");

    assertThat(exit).isZero();
    assertThat(cli.out.toString())
        .isEqualTo("{\"greeting\":\"Hello Ada\",\"n\":2,\"list\":[1,\"x\"]}\n");
    assertThat(cli.err.toString()).isEmpty();
    AgentRequest sent = runner.requests.get(0);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/api/greet");
    assertThat(sent.body()).isEqualTo(Map.of("name", "Ada"));
    assertThat(sent.query()).isEqualTo(Map.of("q", 1L));
    assertThat(sent.headers())
        .containsExactly(Map.entry("X-Debug", "a=b"), Map.entry("Accept", "application/json"));
    assertThat(runner.sources.get(0).id()).isEqualTo(agent.toAbsolutePath().normalize().toString());
    assertThat(runner.sources.get(0).json()).contains("components");
  }

  @Test
  void withoutBodyTheAgentGetsAnEmptyObject() {
    FakeRunner runner = FakeRunner.echoingBody();

    assertThat(cli.run(CommandLines.readyWith(runner), "run", agent.toString(), "GET", "/api/x"))
        .isZero();

    assertThat(cli.out.toString()).isEqualTo("{}\n");
  }

  @Test
  void anAgentLevelErrorIsDataAndExitsZero() {
    FakeRunner runner =
        new FakeRunner(
            r ->
                CompletableFuture.completedFuture(
                    new AgentResponse(200, Map.of("error", "Endpoint POST /api/x Not Found"))));

    assertThat(cli.run(CommandLines.readyWith(runner), "run", agent.toString(), "POST", "/api/x"))
        .isZero();
    assertThat(cli.out.toString()).isEqualTo("{\"error\":\"Endpoint POST /api/x Not Found\"}\n");
  }

  @Test
  void aFileTheEngineRejectsFailsWithItsReasonOnOneLine() {
    FakeRunner runner =
        new FakeRunner(
            r ->
                CompletableFuture.failedFuture(
                    new IllegalArgumentException("Unknown component 'Nope' (component X1)")));

    assertThat(cli.run(CommandLines.readyWith(runner), "run", agent.toString(), "POST", "/api/x"))
        .isEqualTo(1);

    assertThat(cli.err.toString())
        .isEqualTo("sre run: " + agent + ": Unknown component 'Nope' (component X1)\n");
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void aMissingFileFailsBeforeWaitingForTheRuntime() {
    int exit =
        cli.run(new FakeServices(), "run", dir.resolve("nope.smyth").toString(), "POST", "/api/x");

    assertThat(exit).isEqualTo(1);
    assertThat(cli.err.toString())
        .isEqualTo("sre run: no such agent file: " + dir.resolve("nope.smyth") + "\n");
  }

  @Test
  void badArgumentsAreUsageErrorsOnOneLine() {
    FakeServices services = CommandLines.readyWith(FakeRunner.echoingBody());

    assertThat(cli.run(services, "run", agent.toString(), "POST", "/api/x", "--body", "{bad"))
        .isEqualTo(2);
    assertThat(cli.run(services, "run", agent.toString(), "POST", "/api/x", "--query", "[1]"))
        .isEqualTo(2);
    assertThat(cli.run(services, "run", agent.toString(), "POST", "api/x")).isEqualTo(2);

    assertThat(cli.err.toString().lines())
        .containsExactly(
            "sre run: --body is not valid JSON: {bad",
            "sre run: --query must be a JSON object, e.g. '{\"q\":\"x\"}'",
            "sre run: path must start with '/', e.g. /api/greet (was 'api/x')");
  }

  @Test
  void verboseAddsTheStackTrace() {
    cli.run(
        new FakeServices(), "-v", "run", dir.resolve("nope.smyth").toString(), "POST", "/api/x");

    assertThat(cli.err.toString()).contains("no such agent file", "\tat ");
  }

  @Test
  void aRuntimeThatIsNotReadyIsNamed() {
    assertThat(
            cli.run(
                new FakeServices(), "run", agent.toString(), "POST", "/api/x", "--timeout", "1"))
        .isEqualTo(1);
    assertThat(cli.err.toString())
        .isEqualTo("sre run: runtime not ready after 1 s; run 'sre status' to see why\n");
  }

  @Test
  void aReadyRuntimeWithoutEngineIsNamed() {
    Readiness readiness = () -> 1;
    FakeServices noEngine = new FakeServices().with(Readiness.class, readiness);

    assertThat(cli.run(noEngine, "run", agent.toString(), "POST", "/api/x", "--timeout", "1"))
        .isEqualTo(1);
    assertThat(cli.err.toString()).contains("no agent engine (AgentRunner service) after 1 s");
  }

  @Test
  void aMissingVaultFileIsNamed() {
    FakeServices services = CommandLines.readyWith(FakeRunner.echoingBody());

    assertThat(
            cli.run(
                services,
                "run",
                agent.toString(),
                "POST",
                "/api/x",
                "--vault",
                dir.resolve("vault.json").toString()))
        .isEqualTo(1);
    assertThat(cli.err.toString()).contains("no such vault file: ");
  }

  @Test
  void stoppingWhileWaitingEndsQuietly() {
    FakeServices stopping = new FakeServices();
    stopping.stopping = true;

    assertThat(cli.run(stopping, "run", agent.toString(), "POST", "/api/x"))
        .isEqualTo(ExitCode.STOPPED);
    assertThat(cli.err.toString()).isEmpty();
  }
}
