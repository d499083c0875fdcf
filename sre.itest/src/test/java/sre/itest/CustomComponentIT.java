package sre.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
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
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.runtime.Readiness;
import sre.api.security.AccessCandidate;

/**
 * A custom component is any bundle's {@link Component} service with a {@code sre.component.name}:
 * registered while the runtime runs, ComponentHost finds it for the next run; unregistered, the
 * host says it is gone; registered again with other behaviour, the next run uses that.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomComponentIT {
  /** APIEndpoint (body.text) → ComponentHost hosting "Shout" → minimal APIOutput. */
  private static final String AGENT =
      """
      {"id":"hosted","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"shout","method":"POST"},
         "inputs":[{"name":"text","type":"Text"}],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true},
                    {"name":"query","default":true},{"name":"text","expression":"body.text"}]},
        {"id":"H","name":"ComponentHost","data":{"_component":"Shout"},
         "inputs":[{"name":"Text"}],"outputs":[{"name":"Output","default":true}]},
        {"id":"O","name":"APIOutput","data":{"format":"minimal"},
         "inputs":[{"name":"shouted"}],"outputs":[{"name":"Output","default":true}]}],
       "connections":[
        {"sourceId":"E","sourceIndex":3,"targetId":"H","targetIndex":0},
        {"sourceId":"H","sourceIndex":0,"targetId":"O","targetIndex":0}]}
      """;

  /** Transforms {@code Text} with a fixed suffix, so two registrations are told apart. */
  private record Shout(String suffix) implements Component {
    @Override
    public CompletionStage<Map<String, Object>> process(ComponentCall call) {
      return CompletableFuture.completedFuture(
          Map.of("Output", String.valueOf(call.inputs().get("Text")).toUpperCase() + suffix));
    }
  }

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
  public void aCustomComponentComesAndGoesWhileTheRuntimeRuns() throws Exception {
    ServiceRegistration<Component> first = register(new Shout("!"));
    assertEquals(Map.of("shouted", "HELLO!"), run());

    first.unregister();
    Object gone = run();
    assertTrue(
        "after unregister: " + gone,
        String.valueOf(gone).contains("Custom component \"Shout\" is not available"));

    ServiceRegistration<Component> second = register(new Shout("?!"));
    assertEquals(Map.of("shouted", "HELLO?!"), run());
    second.unregister();
  }

  private ServiceRegistration<Component> register(Component component) {
    Dictionary<String, Object> props = new Hashtable<>();
    props.put(ComponentName.PROPERTY, "Shout");
    return context.registerService(Component.class, component, props);
  }

  private Object run() throws Exception {
    return runner
        .run(
            new AgentSource("hosted", "hosted.smyth", AGENT, Instant.EPOCH),
            new AgentRequest(
                "POST",
                "/api/shout",
                Map.of(),
                Map.of(),
                Map.of("text", "hello"),
                AccessCandidate.anonymous()),
            RunListener.NONE)
        .toCompletableFuture()
        .get(60, TimeUnit.SECONDS)
        .data();
  }
}
