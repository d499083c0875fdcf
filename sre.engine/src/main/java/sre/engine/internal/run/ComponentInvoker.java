package sre.engine.internal.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import sre.api.component.Component;
import sre.api.component.RunContext;
import sre.api.component.support.TemplateString;
import sre.api.component.support.TypeCoercion;
import sre.engine.internal.graph.Node;

/**
 * Runs one component the way SRE's {@code callComponent} and base {@code Component.process} do:
 * config validation, agent variables merged under the inputs, string inputs templated against the
 * variables, strong typing of declared inputs, then the component itself. Failures become an {@code
 * _error} output, never an exception.
 */
final class ComponentInvoker {
  private ComponentInvoker() {}

  static CompletableFuture<Map<String, Object>> invoke(
      Component component,
      Node node,
      Map<String, Object> input,
      RunContext run,
      Map<String, Object> runtimeData) {
    Optional<String> invalid;
    try {
      invalid = component.validateConfig(node.data());
    } catch (RuntimeException e) {
      invalid = Optional.of(message(e));
    }
    if (invalid.isPresent()) {
      Map<String, Object> out = new LinkedHashMap<>();
      String msg =
          "Schema Validation error: "
              + invalid.get()
              + " on component "
              + node.displayName()
              + ":"
              + node.title();
      out.put("id", node.id());
      out.put("name", node.name());
      out.put("_error", msg);
      return CompletableFuture.completedFuture(out);
    }
    try {
      Map<String, Object> variables = run.variables();
      Map<String, Object> merged = new LinkedHashMap<>(variables.size() + input.size());
      merged.putAll(variables);
      merged.putAll(input);
      for (Map.Entry<String, Object> e : merged.entrySet()) {
        if (e.getValue() instanceof String s && s.indexOf("{{") >= 0) {
          e.setValue(TemplateString.parse(s, variables));
        }
      }
      Map<String, Object> typed = TypeCoercion.apply(merged, node.inputs());
      CompletionStage<Map<String, Object>> stage =
          component.process(new CallImpl(node, typed, run, runtimeData));
      return stage
          .toCompletableFuture()
          .handle((out, error) -> error == null ? nonNull(out) : failure(error));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failure(e));
    }
  }

  private static Map<String, Object> nonNull(Map<String, Object> out) {
    return out == null ? new LinkedHashMap<>() : out;
  }

  private static Map<String, Object> failure(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("_error", message(cause));
    return out;
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m != null ? m : e.toString();
  }
}
