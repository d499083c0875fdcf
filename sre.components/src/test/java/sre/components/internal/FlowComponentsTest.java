package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.component.InputDefinition;
import sre.api.component.OutputDefinition;
import sre.api.component.RunContext;
import sre.api.security.AccessCandidate;

class FlowComponentsTest {
  @Test
  void logicGatesCountDeclaredInputs() {
    Map<String, Object> in = Map.of("a", true, "b", "0");
    assertThat(result(new LogicANDComponent().process(call(Map.of(), in, "a", "b", "c"))))
        .isEqualTo(Map.of("Unverified", true));
    assertThat(result(new LogicORComponent().process(call(Map.of(), in, "a", "b"))))
        .isEqualTo(Map.of("Output", true, "Verified", true));
    assertThat(result(new LogicXORComponent().process(call(Map.of(), in, "a", "b"))))
        .isEqualTo(Map.of("Unverified", true));
    assertThat(
            result(
                new LogicAtLeastComponent()
                    .process(call(Map.of("minSetInputs", "10"), in, "a", "b"))))
        .isEmpty();
    assertThat(
            result(
                new LogicAtMostComponent().process(call(Map.of("maxSetInputs", 2L), in, "a", "b"))))
        .containsEntry("Verified", true);
    assertThat(new LogicAtMostComponent().validateConfig(Map.of("maxSetInputs", "-1")))
        .contains(
            "\"Maximum Inputs\" failed custom validation because The value for 'Maximum Inputs'"
                + " must be from 0 to 9");
  }

  @Test
  void jsonFilterKeepsListedKeysAtEveryDepth() {
    Object input = Map.of("id", 1L, "name", "x", "profile", Map.of("city", "C", "age", 3L));
    assertThat(
            result(
                new JsonFilterComponent()
                    .process(call(Map.of("fields", "id, profile,city"), Map.of("Input", input)))))
        .containsEntry("Output", Map.of("id", 1L, "profile", Map.of("city", "C")));
    assertThat(
            result(
                new JsonFilterComponent()
                    .process(
                        call(
                            Map.of("fields", "a"),
                            Map.of("Input", List.of(Map.of("a", 1L), "s"))))))
        .containsEntry("Output", List.of(Map.of("a", 1L), "s"));
  }

  @Test
  void apiOutputShapesItsRecord() {
    RunContext run =
        TestCalls.run(
            new AgentRequest(
                "POST", "/api/x", Map.of(), Map.of(), Map.of(), AccessCandidate.anonymous()),
            Map.of("v", "var"));
    ApiOutputComponent out = new ApiOutputComponent();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("v", "var");
    inputs.put("x", 1L);
    inputs.put("y", Map.of());
    Map<String, Object> res =
        result(out.process(call(Map.of("format", "raw"), inputs, run, "x", "y")));
    assertThat(res).containsEntry("Output", "1[object Object]");
    Map<String, Object> record = new LinkedHashMap<>(Map.of("id", "O", "name", "APIOutput"));
    record.put(
        "result",
        new LinkedHashMap<>(Map.of("Output", new LinkedHashMap<>(Map.of("x", 1L, "v", "var")))));
    assertThat(out.postProcess(record, call(Map.of("format", "minimal"), Map.of(), run, "x")))
        .isEqualTo(Map.of("x", 1L));
    assertThat(out.validateConfig(Map.of("format", "weird")))
        .contains("\"Output Format\" must be one of [full, minimal, raw]");
  }

  @Test
  void apiEndpointTypesBodyAndAppliesDefaults() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("n", "5");
    body.put("o", "{\"a\":1}");
    AgentRequest request =
        new AgentRequest(
            "POST", "/api/x", Map.of("X-A", "1"), Map.of(), body, AccessCandidate.anonymous());
    RunContext run = TestCalls.run(request, Map.of());
    List<InputDefinition> defs =
        List.of(
            new InputDefinition("n", "Number", false, null, false),
            new InputDefinition("o", "Any", false, null, false),
            new InputDefinition("d", "Text", false, "dflt", false));
    List<OutputDefinition> outs =
        List.of(
            new OutputDefinition("headers", null, true),
            new OutputDefinition("body", null, true),
            new OutputDefinition("body.d", null, false));
    Map<String, Object> res =
        result(
            new ApiEndpointComponent()
                .process(call(Map.of("endpoint", "x"), Map.of("d", "dflt"), run, defs, outs)));
    assertThat(res.get("body")).isEqualTo(Map.of("n", 5L, "o", Map.of("a", 1L), "d", "dflt"));
    assertThat(res).containsEntry("query", Map.of()).containsEntry("params", Map.of());
    assertThat(new ApiEndpointComponent().validateConfig(Map.of("endpoint", "bad path")))
        .get()
        .asString()
        .startsWith("\"endpoint\" with value \"bad path\" fails to match");
  }
}
