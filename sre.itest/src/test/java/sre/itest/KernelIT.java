package sre.itest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import sre.api.cache.Cache;
import sre.api.nkv.Nkv;
import sre.api.runtime.BootStep;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;
import sre.api.runtime.StepState;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.storage.Storage;
import sre.api.vault.Vault;

/**
 * The built bundles in a real Felix framework: boot reaches readiness on the default connectors,
 * and every subsystem keeps two candidates (of two teams) apart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KernelIT {
  private static final AccessCandidate AGENT_A = AccessCandidate.agent("agent-a");
  private static final AccessCandidate AGENT_B = AccessCandidate.agent("agent-b");

  @Inject
  @Filter(timeout = 30_000)
  Readiness readiness;

  @Inject Runtime runtime;
  @Inject Storage storage;
  @Inject Cache cache;
  @Inject Nkv nkv;
  @Inject Vault vault;

  @Configuration
  public Option[] config() {
    return SreFramework.options(sreHome());
  }

  /** A fresh SRE home with two teams: agent-a in team-a, agent-b in team-b, and their secrets. */
  static Path sreHome() {
    try {
      Path home = Files.createTempDirectory("sre-itest-");
      Files.writeString(
          home.resolve("accounts.json"),
          "{\"team-a\":{\"agents\":{\"agent-a\":{}}},\"team-b\":{\"agents\":{\"agent-b\":{}}}}");
      Files.writeString(
          home.resolve("vault.json"),
          "{\"team-a\":{\"API_KEY\":\"secret-of-a\"},\"team-b\":{\"API_KEY\":\"secret-of-b\"}}");
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  public void bootsToReadinessOnTheDefaultConnectors() {
    assertNotNull(readiness);
    assertTrue(runtime.isReady());
    List<BootStep> steps = runtime.steps();
    assertEquals(6, steps.size());
    for (BootStep step : steps) {
      assertTrue(step.name() + " is " + step.state(), step.done());
    }
    assertEquals(StepState.READY, steps.get(5).state());
    assertTrue(
        steps
            .get(0)
            .bound()
            .containsAll(List.of("Storage=LocalStorage", "Cache=RAM", "Vault=JSONFileVault")));
    assertTrue(
        runtime.connectors().stream()
            .anyMatch(
                b ->
                    b.selected()
                        && b.subsystem().equals("LLM")
                        && b.connectorName().contains("Echo")));
  }

  @Test
  public void storageKeepsCandidatesApart() throws Exception {
    Await.result(storage.requester(AGENT_A).write("shared/report.txt", "from a".getBytes(UTF_8)));
    assertEquals(
        "from a",
        new String(
            Await.result(storage.requester(AGENT_A).read("shared/report.txt")).orElseThrow(),
            UTF_8));
    assertDenied(() -> Await.result(storage.requester(AGENT_B).read("shared/report.txt")));
    assertDenied(
        () ->
            Await.result(
                storage.requester(AGENT_B).write("shared/report.txt", "from b".getBytes(UTF_8))));
  }

  @Test
  public void cacheKeepsCandidatesApart() throws Exception {
    Await.result(cache.requester(AGENT_A).set("session", "a-value", 60));
    assertEquals(Optional.of("a-value"), Await.result(cache.requester(AGENT_A).get("session")));
    assertDenied(() -> Await.result(cache.requester(AGENT_B).get("session")));
    assertTrue(Await.result(cache.requester(AGENT_A).getTtl("session")).getAsLong() <= 60);
  }

  @Test
  public void nkvIsScopedByTeam() throws Exception {
    Await.result(nkv.requester(AGENT_A).set("settings", "color", "blue"));
    Await.result(nkv.requester(AGENT_B).set("settings", "color", "red"));
    assertEquals(
        Optional.of("blue"), Await.result(nkv.requester(AGENT_A).get("settings", "color")));
    assertEquals(Optional.of("red"), Await.result(nkv.requester(AGENT_B).get("settings", "color")));
    assertEquals(1, Await.result(nkv.requester(AGENT_B).list("settings")).size());
  }

  @Test
  public void vaultServesEachTeamItsOwnSecrets() throws Exception {
    assertEquals(Optional.of("secret-of-a"), Await.result(vault.requester(AGENT_A).get("API_KEY")));
    assertEquals(Optional.of("secret-of-b"), Await.result(vault.requester(AGENT_B).get("API_KEY")));
    assertEquals(List.of("API_KEY"), Await.result(vault.requester(AGENT_A).listKeys()));
    assertDenied(() -> Await.result(vault.requester(AccessCandidate.anonymous()).get("API_KEY")));
  }

  @Test
  public void everyConnectorIsListedWithItsSelection() {
    List<ConnectorBinding> bindings = runtime.connectors();
    for (String subsystem :
        List.of("Storage", "Cache", "NKV", "Vault", "Log", "VectorDB", "Account")) {
      assertEquals(
          subsystem + " has one selected connector",
          1,
          bindings.stream().filter(b -> b.subsystem().equals(subsystem) && b.selected()).count());
    }
    assertFalse(bindings.isEmpty());
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertDenied(Call call) {
    try {
      call.run();
      fail("expected AccessDeniedException");
    } catch (AccessDeniedException expected) {
      assertTrue(expected.getMessage().startsWith("Access Denied"));
    } catch (Exception e) {
      throw new AssertionError("expected AccessDeniedException, got " + e, e);
    }
  }
}
