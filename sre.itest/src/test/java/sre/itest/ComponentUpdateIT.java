package sre.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.runtime.Readiness;
import sre.api.security.AccessCandidate;

/**
 * The component library is a loadable module: updating the sre.components bundle while an agent
 * runs in a loop fails no run (calls wait for the components to come back).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComponentUpdateIT {
  /** APIEndpoint → FHash → JSONFilter: three components of the updated bundle per run. */
  private static final String AGENT =
      """
      {"id":"hasher","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"hash","method":"POST"},
         "inputs":[{"name":"text","type":"Text"}],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true},
                    {"name":"query","default":true},{"name":"text","expression":"body.text"}]},
        {"id":"H","name":"FHash","data":{"algorithm":"sha256","encoding":"hex"},
         "inputs":[{"name":"Data"}],"outputs":[{"name":"Hash","default":true}]},
        {"id":"O","name":"APIOutput","data":{"format":"minimal"},
         "inputs":[{"name":"hash"}],"outputs":[{"name":"Output","default":true}]}],
       "connections":[
        {"sourceId":"E","sourceIndex":3,"targetId":"H","targetIndex":0},
        {"sourceId":"H","sourceIndex":0,"targetId":"O","targetIndex":0}]}
      """;

  @Inject BundleContext context;

  @Inject
  @Filter(timeout = 30_000)
  Readiness readiness;

  @Inject AgentRunner runner;

  @Configuration
  public Option[] config() {
    return SreFramework.options(KernelIT.sreHome());
  }

  @Test
  public void updatingTheComponentBundleUnderLoadFailsNoRun() throws Exception {
    AgentSource source = new AgentSource("hasher", "hasher.smyth", AGENT, Instant.EPOCH);
    AgentRequest request =
        new AgentRequest(
            "POST",
            "/api/hash",
            Map.of(),
            Map.of(),
            Map.of("text", "abc"),
            AccessCandidate.anonymous());
    String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    AgentResponse first =
        runner
            .run(source, request, RunListener.NONE)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    assertEquals(Map.of("hash", expected), first.data());

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong runs = new AtomicLong();
    ConcurrentLinkedQueue<Object> failures = new ConcurrentLinkedQueue<>();
    Thread loop =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  AgentResponse r =
                      runner
                          .run(source, request, RunListener.NONE)
                          .toCompletableFuture()
                          .get(30, TimeUnit.SECONDS);
                  if (!Map.of("hash", expected).equals(r.data())) {
                    failures.add(r.data());
                  }
                } catch (Exception e) {
                  failures.add(e);
                }
                runs.incrementAndGet();
              }
            },
            "agent-loop");
    loop.start();
    Poll.until("the loop runs", () -> runs.get() > 50);

    Bundle components = bundle("sre.components");
    for (int update = 0; update < 3; update++) {
      long before = runs.get();
      components.update();
      Poll.until("runs go on after update " + update, () -> runs.get() > before + 50);
    }
    running.set(false);
    loop.join(30_000);

    System.out.printf(
        "ComponentUpdateIT: %d runs while sre.components was updated 3 times, %d failed%n",
        runs.get(), failures.size());
    assertTrue("failed runs: " + failures, failures.isEmpty());
    assertEquals(Bundle.ACTIVE, components.getState());
  }

  private Bundle bundle(String symbolicName) {
    for (Bundle b : context.getBundles()) {
      if (symbolicName.equals(b.getSymbolicName())) {
        return b;
      }
    }
    throw new AssertionError("no bundle " + symbolicName);
  }
}
