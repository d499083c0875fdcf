package sre.engine.internal.run;

import java.lang.annotation.Annotation;
import java.util.Map;
import sre.api.code.Code;
import sre.connector.rhino.internal.RhinoCodeConnector;
import sre.connector.rhino.internal.RhinoConfig;
import sre.kernel.internal.code.CodeConfig;
import sre.kernel.internal.code.CodeService;

/**
 * The real Code subsystem for engine tests: the kernel's CodeService (its access policy included)
 * over the Rhino connector with its default limits, as the runtime wires them through DS.
 */
final class TestCode {
  static final Code RHINO = rhino();

  private TestCode() {}

  private static Code rhino() {
    CodeService code =
        new CodeService(
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
                return 10_000;
              }
            });
    code.bindConnector(
        new RhinoCodeConnector(
            new RhinoConfig() {
              @Override
              public Class<? extends Annotation> annotationType() {
                return RhinoConfig.class;
              }

              @Override
              public long cpu_time_ms() {
                return 5_000;
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
                return 256;
              }
            }),
        Map.of("sre.connector.name", "ECMASandbox", "service.id", 1L));
    return code;
  }
}
