package sre.api.code;

import java.time.Duration;
import java.util.Objects;

/**
 * What one execution may use: CPU time and allocated bytes. Zero means the connector's configured
 * limit. A connector never goes above its configured limits: a request may only lower them.
 */
public record CodeLimits(Duration cpuTime, long memoryBytes) {
  /** The connector's configured limits. */
  public static final CodeLimits CONNECTOR_DEFAULTS = new CodeLimits(Duration.ZERO, 0);

  public CodeLimits {
    Objects.requireNonNull(cpuTime, "cpuTime");
    if (cpuTime.isNegative() || memoryBytes < 0) {
      throw new IllegalArgumentException("Code limits must not be negative");
    }
  }

  /**
   * These limits capped by a connector's configured ones (a zero here takes the configured value).
   */
  public CodeLimits within(CodeLimits configured) {
    Duration cpu =
        cpuTime.isZero() || cpuTime.compareTo(configured.cpuTime) > 0
            ? configured.cpuTime
            : cpuTime;
    long memory =
        memoryBytes == 0 || memoryBytes > configured.memoryBytes
            ? configured.memoryBytes
            : memoryBytes;
    return new CodeLimits(cpu, memory);
  }
}
