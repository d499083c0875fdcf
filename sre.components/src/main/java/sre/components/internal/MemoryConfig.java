package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;

/** Config checks and templated fields shared by the Memory* components. */
final class MemoryConfig {
  private MemoryConfig() {}

  /** SRE's schema: {@code ttl}, when set, between 300 and 604800 seconds. */
  static Optional<String> validate(Map<String, Object> config) {
    Object ttl = config.get("ttl");
    if (ttl == null || "".equals(ttl)) {
      return Optional.empty();
    }
    double v = JsValues.toNumber(ttl);
    if (Double.isNaN(v)) {
      return Optional.of("\"TTL\" must be a number");
    }
    if (v < 300) {
      return Optional.of("\"TTL\" must be greater than or equal to 300");
    }
    if (v > 604800) {
      return Optional.of("\"TTL\" must be less than or equal to 604800");
    }
    return Optional.empty();
  }

  /** A config field templated over the inputs ({@code key}, {@code value}). */
  static String field(ComponentCall call, String name) {
    Object raw = call.config().get(name);
    String text = raw == null ? "undefined" : JsValues.toJsString(raw);
    return TemplateString.parse(text, call.inputs());
  }
}
