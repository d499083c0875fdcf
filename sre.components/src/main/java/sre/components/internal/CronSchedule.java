package sre.components.internal;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A cron schedule of JobSchedulerTrigger, read with cron-utils. Two definitions, told apart by the
 * number of fields:
 *
 * <ul>
 *   <li>5 fields: Unix cron ({@link CronType#UNIX}): {@code minute hour day-of-month month
 *       day-of-week}, day-of-week 0–7 (0 and 7 are Sunday) or {@code MON}–{@code SUN};
 *   <li>6 fields: Spring 5.3 cron ({@link CronType#SPRING53}): a leading {@code second} field, then
 *       as Unix, plus {@code ?}, {@code L}, {@code W} and {@code #} as in Quartz (Quartz's 1 =
 *       Sunday numbering is not used). The same definition reads the macros {@code @yearly},
 *       {@code @monthly}, {@code @weekly}, {@code @daily}, {@code @hourly}.
 * </ul>
 *
 * Times are those of a time zone (UTC unless the trigger names one), so {@code 0 9 * * *} follows
 * the zone's daylight saving time.
 */
final class CronSchedule {
  private static final CronParser UNIX =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private static final CronParser WITH_SECONDS =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

  private final ExecutionTime times;
  private final ZoneId zone;

  private CronSchedule(ExecutionTime times, ZoneId zone) {
    this.times = times;
    this.zone = zone;
  }

  /**
   * The schedule of {@code expression} in time zone {@code zoneId} ({@code null} or blank: UTC).
   *
   * @throws IllegalArgumentException {@code Invalid cron expression: <x> (<reason>)}, or {@code
   *     Invalid time zone: <zone>}
   */
  static CronSchedule parse(String expression, String zoneId) {
    ZoneId zone = zone(zoneId);
    String expr = expression == null ? "" : expression.strip();
    Cron cron;
    try {
      cron = parser(expr).parse(expr).validate();
    } catch (IllegalArgumentException e) {
      throw invalid(expression, reason(e));
    }
    CronSchedule schedule = new CronSchedule(ExecutionTime.forCron(cron), zone);
    // e.g. "0 0 30 2 *" (30 February) parses but never fires: refuse it now, not silently later
    if (schedule.nextAfter(Instant.EPOCH).isEmpty()) {
      throw invalid(expression, "it never fires");
    }
    return schedule;
  }

  /** The zone of {@code zoneId}: a region ({@code Europe/Paris}), an offset, or UTC by default. */
  static ZoneId zone(String zoneId) {
    if (zoneId == null || zoneId.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(zoneId.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid time zone: " + zoneId, e);
    }
  }

  /**
   * The first fire time strictly after {@code after}; empty if there is none. Fire times are whole
   * seconds, so {@code after} is truncated first: cron-utils would otherwise carry its fraction
   * into the result.
   */
  Optional<Instant> nextAfter(Instant after) {
    return times
        .nextExecution(after.truncatedTo(ChronoUnit.SECONDS).atZone(zone))
        .map(ZonedDateTime::toInstant);
  }

  private static CronParser parser(String expr) {
    int fields = expr.isEmpty() ? 0 : expr.split("\\s+").length;
    if (fields == 5) {
      return UNIX;
    }
    if (fields == 6 || (fields == 1 && expr.startsWith("@"))) {
      return WITH_SECONDS;
    }
    throw new IllegalArgumentException(
        fields
            + " fields; expected 5 (minute hour day-of-month month day-of-week)"
            + " or 6 (second first)");
  }

  /** cron-utils' message without its generic prefix. */
  private static String reason(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = "Failed to parse cron expression. ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static IllegalArgumentException invalid(String expression, String reason) {
    return new IllegalArgumentException(
        "Invalid cron expression: " + expression + " (" + reason + ")");
  }
}
