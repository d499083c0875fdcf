package sre.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sre.api.agent.AgentResponse;

/** A two-file corpus run against an engine that answers with the request body. */
class ConformanceCommandTest {
  @TempDir Path corpus;
  private final CommandLines cli = new CommandLines();
  private final FakeRunner echo = FakeRunner.echoingBody();

  @BeforeEach
  void writeCorpus() throws IOException {
    Files.createDirectories(corpus.resolve("agents"));
    Files.createDirectories(corpus.resolve("cases"));
    Files.writeString(corpus.resolve("agents/a.smyth"), "{}");
    Files.writeString(
        corpus.resolve("cases/a.json"),
        """
        [
          {"name": "echo: passes", "agent": "agents/a.smyth",
           "request": {"method": "POST", "path": "/api/x", "body": {"v": 1, "_debug": "x"}},
           "expect": {"v": 1.0}},
          {"name": "echo: fails", "agent": "agents/a.smyth",
           "request": {"method": "POST", "path": "/api/x", "body": {"v": "two"}},
           "expect": {"v": "three"}}
        ]
        """);
    Files.writeString(
        corpus.resolve("cases/b.json"),
        """
        [
          {"name": "match: generated id", "agent": "agents/a.smyth",
           "request": {"method": "GET", "path": "/api/y", "body": {"id": "dbg-42"}},
           "match": {"/id": "regex:dbg-\\\\d+"},
           "expect": {"id": "dbg-1"}}
        ]
        """);
  }

  private int conformance(String... more) {
    String[] arguments = new String[2 + more.length];
    arguments[0] = "conformance";
    arguments[1] = corpus.toString();
    System.arraycopy(more, 0, arguments, 2, more.length);
    return cli.run(CommandLines.readyWith(echo), arguments);
  }

  @Test
  void printsEachFailureWithItsDiffAndEndsWithTheCounts() {
    assertThat(conformance()).isEqualTo(1);

    String out = cli.out.toString();
    assertThat(out)
        .contains(
            "FAIL echo: fails\n",
            "  request   POST /api/x on agents/a.smyth\n",
            "  diff      /v: expected \"three\" but was \"two\"\n",
            "  expected  {\"v\":\"three\"}\n",
            "  actual    {\"v\":\"two\"}\n")
        .doesNotContain("FAIL echo: passes", "FAIL match");
    assertThat(out.lines().toList()).last().isEqualTo("2 passed, 1 failed");
    assertThat(echo.requests).hasSize(3);
    assertThat(echo.sources).extracting(s -> s.name()).containsOnly("a.smyth");
  }

  @Test
  void onlyRunsTheCasesWhoseNameContainsTheText() {
    assertThat(conformance("--only", "PASSES")).isZero();

    assertThat(cli.out.toString()).isEqualTo("1 passed, 0 failed\n");
  }

  @Test
  void onlyMatchingNothingIsAUsageError() {
    assertThat(conformance("--only", "nothing like it")).isEqualTo(2);
    assertThat(cli.err.toString())
        .isEqualTo("sre conformance: no case name contains 'nothing like it'\n");
  }

  @Test
  void withARatchetOnlyListedCasesDecideTheExitCode() throws IOException {
    Path ratchet =
        Files.writeString(corpus.resolve("ratchet.txt"), "# must pass\n\necho: passes\n");

    assertThat(conformance("--ratchet", ratchet.toString())).isZero();

    assertThat(cli.out.toString())
        .contains("Ratchet " + ratchet + ": every listed case that ran passes (1 listed)\n")
        .contains(
            "Passing but not in the ratchet yet (add them to "
                + ratchet
                + "): 1\n  match: generated id\n")
        .endsWith("2 passed, 1 failed\n");
  }

  @Test
  void aRatchetedCaseThatFailsFailsTheRun() throws IOException {
    Path ratchet = Files.writeString(corpus.resolve("ratchet.txt"), "echo: passes\necho: fails\n");

    assertThat(conformance("--ratchet", ratchet.toString())).isEqualTo(1);

    assertThat(cli.out.toString()).contains("Ratchet: listed cases that FAIL: 1\n  echo: fails\n");
  }

  @Test
  void aRatchetedCaseMissingFromTheCorpusFailsTheRunUnlessOnlySelected() throws IOException {
    Path ratchet = Files.writeString(corpus.resolve("ratchet.txt"), "echo: passes\nrenamed case\n");

    assertThat(conformance("--ratchet", ratchet.toString())).isEqualTo(1);
    assertThat(cli.out.toString())
        .contains(
            "Ratchet: listed cases not in the corpus (renamed or removed?): 1\n  renamed case\n");

    assertThat(conformance("--ratchet", ratchet.toString(), "--only", "passes")).isZero();
  }

  @Test
  void aRunThatFailsIsAFailedCaseNotACrash() {
    FakeRunner broken =
        new FakeRunner(
            r -> CompletableFuture.failedFuture(new IllegalStateException("engine down")));

    assertThat(cli.run(CommandLines.readyWith(broken), "conformance", corpus.toString()))
        .isEqualTo(1);

    assertThat(cli.out.toString())
        .contains("  diff      run failed: engine down\n")
        .doesNotContain("  actual")
        .endsWith("0 passed, 3 failed\n");
  }

  @Test
  void theStatusIsComparedWhenTheCaseExpectsOne() throws IOException {
    Files.writeString(
        corpus.resolve("cases/c.json"),
        """
        [{"name": "status: 404", "agent": "agents/a.smyth",
          "request": {"method": "POST", "path": "/x"}, "expect": {}, "expectStatus": 404}]
        """);
    FakeRunner ok =
        new FakeRunner(r -> CompletableFuture.completedFuture(new AgentResponse(200, Map.of())));

    cli.run(CommandLines.readyWith(ok), "conformance", corpus.toString(), "--only", "status");

    assertThat(cli.out.toString()).contains("  diff      status 200 instead of 404\n");
  }

  @Test
  void aFolderWithoutCasesIsNamed() {
    assertThat(
            cli.run(
                CommandLines.readyWith(echo), "conformance", corpus.resolve("agents").toString()))
        .isEqualTo(1);
    assertThat(cli.err.toString())
        .isEqualTo(
            "sre conformance: no conformance corpus at "
                + corpus.resolve("agents")
                + " (no cases/ folder)\n");
  }

  @Test
  void aMissingAgentFileFailsItsCases() throws IOException {
    Files.delete(corpus.resolve("agents/a.smyth"));

    assertThat(conformance("--only", "passes")).isEqualTo(1);
    assertThat(cli.out.toString()).contains("  diff      cannot read agent agents/a.smyth: ");
    assertThat(List.copyOf(echo.requests)).isEmpty();
  }
}
