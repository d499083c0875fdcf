package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  @Test
  void decodesQueriesAsExpressDoes() {
    assertThat(RequestReader.query("q=a%20b&n=1&n=2&flag&e="))
        .containsEntry("q", "a b")
        .containsEntry("n", List.of("1", "2"))
        .containsEntry("flag", "")
        .containsEntry("e", "");
    assertThat(RequestReader.query(null)).isEmpty();
  }

  @Test
  void findsMissingRequiredInputsInBodyOrQuery() {
    AgentSpec.Endpoint post =
        new AgentSpec.Endpoint(
            "e",
            "POST",
            "",
            "",
            "",
            true,
            List.of(
                new AgentSpec.Input("a", "Text", false, null, ""),
                new AgentSpec.Input("b", "Text", true, null, ""),
                new AgentSpec.Input("c", "Text", false, "dflt", "")));
    assertThat(RunCall.missingInputs(post, java.util.Map.of(), java.util.Map.of("a", "x")))
        .containsExactly("a");
    assertThat(RunCall.missingInputs(post, java.util.Map.of("a", "x"), java.util.Map.of()))
        .isEmpty();
  }
}
