package sre.components.internal;

import java.lang.annotation.Annotation;
import java.util.Map;
import sre.api.code.Code;
import sre.connector.rhino.internal.RhinoCodeConnector;
import sre.connector.rhino.internal.RhinoConfig;
import sre.kernel.internal.code.CodeConfig;
import sre.kernel.internal.code.CodeService;

/** The real Code subsystem for unit tests: the kernel's CodeService over the Rhino connector. */
final class TestCode {
  private TestCode() {}

  /** The kernel's service with the Rhino connector bound, limited to {@code cpuMillis} of CPU. */
  static Code rhino(long cpuMillis) {
    CodeService code = withoutConnector();
    code.bindConnector(
        new RhinoCodeConnector(config(cpuMillis)),
        Map.of("sre.connector.name", "ECMASandbox", "service.id", 1L));
    return code;
  }

  /** The kernel's service while no connector is bound. */
  static CodeService withoutConnector() {
    return new CodeService(
        new CodeConfig() {
          @Override
          public Class<? extends Annotation> annotationType() {
            return CodeConfig.class;
          }

          @Override
          public String connector_target() {
            return "(sre.connector.name=*)";
          }

          @Override
          public long drain_timeout_ms() {
            return 1000;
          }
        });
  }

  private static RhinoConfig config(long cpuMillis) {
    return new RhinoConfig() {
      @Override
      public Class<? extends Annotation> annotationType() {
        return RhinoConfig.class;
      }

      @Override
      public long cpu_time_ms() {
        return cpuMillis;
      }

      @Override
      public long memory_mb() {
        return 256;
      }

      @Override
      public int threads() {
        return 2;
      }

      @Override
      public int queue_size() {
        return 64;
      }
    };
  }
}
