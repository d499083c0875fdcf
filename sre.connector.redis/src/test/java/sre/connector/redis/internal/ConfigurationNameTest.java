package sre.connector.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationNameTest {
  private static final String PID = "sre.connector.redis";

  @Test
  void namedFactoryConfigurationGivesItsName() {
    assertThat(ConfigurationName.of(PID, Map.of("service.pid", PID + "~cache"))).isEqualTo("cache");
  }

  @Test
  void fileInstallConfigurationGivesTheFileSuffix() {
    Map<String, Object> properties =
        Map.of(
            "service.pid",
            PID + ".4f1c-generated",
            "felix.fileinstall.filename",
            "file:/opt/sre/load/sre.connector.redis-shared.cfg");
    assertThat(ConfigurationName.of(PID, properties)).isEqualTo("shared");
  }

  @Test
  void otherwiseThePid() {
    assertThat(ConfigurationName.of(PID, Map.of("service.pid", "generated-1")))
        .isEqualTo("generated-1");
  }
}
