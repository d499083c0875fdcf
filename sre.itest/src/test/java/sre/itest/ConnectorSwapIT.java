package sre.itest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.ConnectorSelection;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;
import sre.api.security.AccessCandidate;
import sre.api.storage.Storage;
import sre.api.storage.StorageConnector;
import sre.api.storage.StorageRequester;

/**
 * Hot swap without restart: a better-ranked StorageConnector registered at run time takes new calls
 * at once; when it goes away, its call in flight still completes and the kernel falls back to the
 * local disk connector.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ConnectorSwapIT {
  private static final AccessCandidate AGENT = AccessCandidate.agent("agent-a");

  @Inject BundleContext context;

  @Inject
  @Filter(timeout = 30_000)
  Readiness readiness;

  @Inject Runtime runtime;
  @Inject Storage storage;
  @Inject ConnectorSelection selection;

  @Configuration
  public Option[] config() {
    return SreFramework.options(KernelIT.sreHome());
  }

  private Optional<ConnectorBinding> selectedStorage() {
    return runtime.connectors().stream()
        .filter(b -> b.subsystem().equals("Storage") && b.selected())
        .findFirst();
  }

  @Test
  public void aBetterRankedConnectorTakesOverAndTheOldOneIsReleased() throws Exception {
    StorageRequester agent = storage.requester(AGENT);
    Await.result(agent.write("before.txt", "on disk".getBytes(UTF_8)));
    assertEquals("LocalStorage", selectedStorage().orElseThrow().connectorName());

    CountingStorageConnector replacement = new CountingStorageConnector();
    Dictionary<String, Object> props = new Hashtable<>();
    props.put("sre.connector.name", "Counting");
    props.put(Constants.SERVICE_RANKING, 100);
    ServiceRegistration<StorageConnector> reg =
        context.registerService(StorageConnector.class, replacement, props);

    // The kernel switched without a restart: new calls reach the replacement.
    assertEquals("Counting", selectedStorage().orElseThrow().connectorName());
    Await.result(agent.write("after.txt", "in replacement".getBytes(UTF_8)));
    assertTrue(replacement.objects.containsKey("after.txt"));
    assertTrue(replacement.calls.get() > 0);
    assertEquals(Optional.empty(), Await.result(agent.read("before.txt")));

    // A read held open in the replacement while it is unregistered still completes.
    replacement.gate = new CompletableFuture<>();
    CompletionStage<Optional<byte[]>> inFlight = agent.read("after.txt");
    CompletableFuture<Void> unregistering = CompletableFuture.runAsync(reg::unregister);
    Poll.until(
        "the kernel routes new calls back to LocalStorage",
        () -> selectedStorage().map(b -> b.connectorName().equals("LocalStorage")).orElse(false));
    assertFalse("unregistration waits for the call in flight", unregistering.isDone());
    replacement.gate.complete(null);
    unregistering.get(10, TimeUnit.SECONDS);
    assertEquals("in replacement", new String(Await.result(inFlight).orElseThrow(), UTF_8));

    // The old connector is back for new calls; the replacement sees none of them.
    int callsBefore = replacement.calls.get();
    assertEquals("LocalStorage", selectedStorage().orElseThrow().connectorName());
    assertEquals(
        "on disk", new String(Await.result(agent.read("before.txt")).orElseThrow(), UTF_8));
    assertEquals(callsBefore, replacement.calls.get());
    Path home = Path.of(context.getProperty("sre.home"));
    assertTrue(Files.exists(home.resolve("storage/local/before.txt")));
  }

  @Test
  public void configurationSelectsAnEquallyRankedConnector() throws Exception {
    CountingStorageConnector other = new CountingStorageConnector();
    Dictionary<String, Object> props = new Hashtable<>();
    props.put("sre.connector.name", "Counting");
    context.registerService(StorageConnector.class, other, props);
    // Same ranking as LocalStorage: registering it changes nothing...
    assertEquals("LocalStorage", selectedStorage().orElseThrow().connectorName());

    // ...until the configuration names it.
    ConnectorBinding now = Await.result(selection.use("storage", "Counting"));
    assertEquals("Counting", now.connectorName());
    Await.result(storage.requester(AGENT).write("configured.txt", new byte[] {42}));
    assertTrue(other.objects.containsKey("configured.txt"));

    Await.result(selection.use("storage", "LocalStorage"));
    assertEquals("LocalStorage", selectedStorage().orElseThrow().connectorName());
  }
}
