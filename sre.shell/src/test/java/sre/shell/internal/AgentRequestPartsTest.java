package sre.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentRequestPartsTest {
  @Test
  void bodyIsJsonWhenItParsesElseText() {
    assertThat(AgentRunCommand.parseBody("{\"a\":1}")).isEqualTo(Map.of("a", 1L));
    assertThat(AgentRunCommand.parseBody("plain words")).isEqualTo("plain words");
  }

  @Test
  void queryIsDecodedInOrder() {
    assertThat(AgentRunCommand.query("b=2&a=x%20y&flag"))
        .containsExactly(Map.entry("b", "2"), Map.entry("a", "x y"), Map.entry("flag", ""));
  }

  @Test
  void endpointsComeFromApiEndpointComponents() {
    String json =
        "{\"components\":[{\"id\":\"E1\",\"name\":\"APIEndpoint\",\"data\":{\"endpoint\":\"hello\","
            + "\"method\":\"POST\"}},{\"id\":\"O1\",\"name\":\"APIOutput\",\"data\":{}}]}";
    assertThat(AgentGraphs.endpoints(json))
        .containsExactly(new AgentGraphs.Endpoint("POST", "/api/hello", "E1"));
    assertThat(AgentGraphs.components("not json")).isEmpty();
  }
}
