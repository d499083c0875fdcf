package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.agent.AgentRequest;
import sre.api.component.ComponentCall;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;
import sre.api.component.RunContext;
import sre.api.security.AccessCandidate;

/** Hand-built component calls for unit tests (no engine). */
final class TestCalls {
  private TestCalls() {}

  static ComponentCall call(
      Map<String, Object> config, Map<String, Object> inputs, String... declared) {
    return call(
        config,
        inputs,
        run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of()),
        declared);
  }

  static ComponentCall call(
      Map<String, Object> config, Map<String, Object> inputs, RunContext run, String... declared) {
    List<InputDefinition> defs = new ArrayList<>();
    for (String d : declared) {
      defs.add(new InputDefinition(d, "Any", false, null, false));
    }
    return call(config, inputs, run, defs, List.of());
  }

  static ComponentCall call(
      Map<String, Object> config,
      Map<String, Object> inputs,
      RunContext run,
      List<InputDefinition> defs,
      List<OutputDefinition> outs) {
    return new ComponentCall() {
      @Override
      public String componentId() {
        return "C";
      }

      @Override
      public String displayName() {
        return "C";
      }

      @Override
      public String title() {
        return "";
      }

      @Override
      public Map<String, Object> inputs() {
        return inputs;
      }

      @Override
      public Map<String, Object> config() {
        return config;
      }

      @Override
      public List<InputDefinition> declaredInputs() {
        return defs;
      }

      @Override
      public List<OutputDefinition> declaredOutputs() {
        return outs;
      }

      @Override
      public RunContext run() {
        return run;
      }

      private final Map<String, Object> runtimeData = new java.util.HashMap<>();

      @Override
      public Map<String, Object> runtimeData() {
        return runtimeData;
      }
    };
  }

  static RunContext run(AgentRequest request, Map<String, Object> variables) {
    return run(request, variables, Map.of());
  }

  /** A run whose services are the given ones (by type). */
  static RunContext run(
      AgentRequest request, Map<String, Object> variables, Map<Class<?>, Object> services) {
    return run(request, variables, services, Map.of());
  }

  /** A run whose services and other components (by name) are the given ones. */
  static RunContext run(
      AgentRequest request,
      Map<String, Object> variables,
      Map<Class<?>, Object> services,
      Map<String, sre.api.component.Component> components) {
    return new RunContext() {
      @Override
      public CompletionStage<java.util.Optional<sre.api.component.Component>> component(
          String name) {
        return CompletableFuture.completedFuture(
            java.util.Optional.ofNullable(components.get(name)));
      }

      @Override
      public String sessionId() {
        return "rt-test";
      }

      @Override
      public String workflowId() {
        return "xTAG-test";
      }

      @Override
      public boolean forked() {
        return false;
      }

      @Override
      public String jobId() {
        return null;
      }

      @Override
      public sre.api.component.AgentJobs jobs() {
        return null;
      }

      @Override
      public String runId() {
        return "r1";
      }

      @Override
      public String agentId() {
        return "agent-1";
      }

      @Override
      public String teamId() {
        return "default";
      }

      @Override
      public AccessCandidate candidate() {
        return AccessCandidate.agent("agent-1");
      }

      @Override
      public Map<String, Object> variables() {
        return variables;
      }

      @Override
      public Map<String, String> headers() {
        return request.headers();
      }

      @Override
      public AgentRequest request() {
        return request;
      }

      @Override
      public boolean debug() {
        return false;
      }

      @Override
      public <S> S service(Class<S> type) {
        return type.cast(services.get(type));
      }

      @Override
      public CompletionStage<Void> delay(Duration delay) {
        return CompletableFuture.completedFuture(null);
      }
    };
  }

  static Map<String, Object> result(CompletionStage<Map<String, Object>> stage) {
    return stage.toCompletableFuture().join();
  }
}
