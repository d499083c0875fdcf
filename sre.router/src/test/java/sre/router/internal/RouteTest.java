package sre.router.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTest {
  @Test
  void routesTriggersWithAndWithoutAgent() {
    assertThat(Route.of("/agents/a1/trigger/tick"))
        .isEqualTo(new Route(Route.Kind.TRIGGER, "a1", "tick", "/trigger/tick"));
    assertThat(Route.of("/trigger/tick/"))
        .isEqualTo(new Route(Route.Kind.TRIGGER, null, "tick", "/trigger/tick"));
    assertThat(Route.of("/trigger/a/b").kind()).isEqualTo(Route.Kind.UNKNOWN);
    assertThat(Route.of("/v1.0/trigger/tick").kind()).isEqualTo(Route.Kind.UNKNOWN);
  }

  @Test
  void routesAgentEndpointsWithAndWithoutAgentAndVersion() {
    assertThat(Route.of("/agents/a1/api/greet"))
        .isEqualTo(new Route(Route.Kind.RUN, "a1", "greet", "/api/greet"));
    assertThat(Route.of("/agents/a1/v1.2/api/greet"))
        .isEqualTo(new Route(Route.Kind.RUN, "a1", "greet", "/v1.2/api/greet"));
    assertThat(Route.of("/api/greet"))
        .isEqualTo(new Route(Route.Kind.RUN, null, "greet", "/api/greet"));
    assertThat(Route.of("/agents/a1/openapi.json").kind()).isEqualTo(Route.Kind.OPENAPI);
    assertThat(Route.of("/agents").kind()).isEqualTo(Route.Kind.AGENTS);
    assertThat(Route.of("/health").kind()).isEqualTo(Route.Kind.HEALTH);
    assertThat(Route.of("/agents/a1").kind()).isEqualTo(Route.Kind.UNKNOWN);
    assertThat(Route.of("/agents/a1/api/x/y").kind()).isEqualTo(Route.Kind.UNKNOWN);
    assertThat(Route.of(null).kind()).isEqualTo(Route.Kind.UNKNOWN);
  }
}
