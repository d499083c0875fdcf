package sre.engine.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentLoaderTest {
  private final AgentLoader loader = new AgentLoader();

  private static String agent(String components, String connections) {
    return "{\"id\":\"a1\",\"components\":["
        + components
        + "],\"connections\":["
        + connections
        + "]}";
  }

  private static final String EP =
      "{\"id\":\"E\",\"name\":\"APIEndpoint\",\"data\":{\"endpoint\":\"x\"},\"inputs\":[],"
          + "\"outputs\":[{\"name\":\"headers\",\"default\":true},{\"name\":\"body\",\"default\":true}]}";
  private static final String OUT =
      "{\"id\":\"O\",\"name\":\"APIOutput\",\"data\":{\"format\":\"minimal\"},"
          + "\"inputs\":[{\"name\":\"v\"}],\"outputs\":[{\"name\":\"Output\",\"default\":true}]}";

  @Test
  void loadsEndpointsAndConnectionsGivenByName() {
    AgentGraph g =
        loader.load(
            agent(
                EP + "," + OUT,
                "{\"sourceId\":\"E\",\"sourceIndex\":\"body\",\"targetId\":\"O\",\"targetIndex\":\"v\"}"),
            Instant.EPOCH);
    assertThat(g.endpoint("/api/x", "POST")).isZero();
    assertThat(g.nodes().get(0).targets()).hasSize(1);
    assertThat(g.nodes().get(1).connectedInputs()).containsExactly(true);
    assertThat(g.nodes().get(1).leaf()).isTrue();
    assertThat(g.teamId()).isEqualTo("default");
  }

  @Test
  void wrapperFormIsAccepted() {
    AgentGraph g =
        loader.load("{\"data\":" + agent(EP, "") + ",\"version\":\"1.0\"}", Instant.EPOCH);
    assertThat(g.id()).isEqualTo("a1");
  }

  @Test
  void brokenFilesGiveClearErrors() {
    assertThatThrownBy(() -> loader.load("{\"components\": [", Instant.EPOCH))
        .isInstanceOf(AgentLoadException.class)
        .hasMessageContaining("not valid JSON at line 1");
    assertThatThrownBy(() -> loader.load("{\"connections\":[]}", Instant.EPOCH))
        .hasMessage("agent field 'components' is missing");
    assertThatThrownBy(
            () ->
                loader.load(
                    agent(
                        EP,
                        "{\"sourceId\":\"E\",\"sourceIndex\":0,\"targetId\":\"Z\",\"targetIndex\":0}"),
                    Instant.EPOCH))
        .hasMessage("connection #0: targetId 'Z' is not a component id");
    assertThatThrownBy(
            () ->
                loader.load(
                    agent(
                        EP + "," + OUT,
                        "{\"sourceId\":\"E\",\"sourceIndex\":9,\"targetId\":\"O\",\"targetIndex\":0}"),
                    Instant.EPOCH))
        .hasMessage("connection #0 sourceIndex 9 is out of range for component 'E'");
    assertThatThrownBy(
            () ->
                loader.load(
                    agent("{\"id\":\"X\",\"name\":\"FHash\",\"inputs\":5}", ""), Instant.EPOCH))
        .hasMessage("component 'X' field 'inputs' must be an array");
    assertThatThrownBy(() -> loader.load(agent(EP + "," + EP, ""), Instant.EPOCH))
        .hasMessage("Duplicate component id 'E'");
  }
}
