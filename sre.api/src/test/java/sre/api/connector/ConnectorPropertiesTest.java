package sre.api.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorPropertiesTest {
  private static final String PID = "sre.connector.redis";

  @Test
  void namedFactoryConfigurationGivesItsName() {
    assertThat(ConnectorProperties.instanceId(PID, Map.of("service.pid", PID + "~cache")))
        .isEqualTo("cache");
  }

  @Test
  void fileInstallConfigurationGivesTheFileSuffix() {
    Map<String, Object> properties =
        Map.of(
            "service.pid",
            PID + ".4f1c-generated",
            "felix.fileinstall.filename",
            "file:/opt/sre/load/sre.connector.redis-shared.cfg");
    assertThat(ConnectorProperties.instanceId(PID, properties)).isEqualTo("shared");
  }

  @Test
  void otherwiseThePid() {
    assertThat(ConnectorProperties.instanceId(PID, Map.of("service.pid", "generated-1")))
        .isEqualTo("generated-1");
  }
}
