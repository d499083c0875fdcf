package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.component.support.Json;

/**
 * One job of JobSchedulerTrigger as kept in NKV: a {@code POST <path>} run of an agent, either
 * every {@code interval} (SRE's {@code Schedule.every}, e.g. {@code 10s}, {@code 5m}) or at the
 * times of the {@code cron} expression in {@code timezone} ({@link CronSchedule}). Exactly one of
 * {@code interval} and {@code cron} is set; {@code timezone} belongs to cron jobs only.
 */
record ScheduledJob(
    String id, String agentId, String path, String interval, String cron, String timezone) {
  private static final Pattern INTERVAL = Pattern.compile("^(\\d+)([smhdw])$");

  /** A job run every {@code interval}. */
  static ScheduledJob every(String id, String agentId, String path, String interval) {
    return new ScheduledJob(id, agentId, path, interval, null, null);
  }

  /** A job run at the times of {@code cron} in {@code timezone} (a zone id such as {@code UTC}). */
  static ScheduledJob cron(String id, String agentId, String path, String cron, String timezone) {
    return new ScheduledJob(id, agentId, path, null, cron, timezone);
  }

  /** SRE's {@code parseInterval}: milliseconds of {@code <n><s|m|h|d|w>}; else it throws. */
  static long parseInterval(String interval) {
    Matcher m = interval == null ? null : INTERVAL.matcher(interval.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("Invalid interval format: " + interval);
    }
    long unit =
        switch (m.group(2)) {
          case "s" -> 1_000L;
          case "m" -> 60_000L;
          case "h" -> 3_600_000L;
          case "d" -> 86_400_000L;
          default -> 604_800_000L;
        };
    long ms = Long.parseLong(m.group(1)) * unit;
    if (ms <= 0) {
      throw new IllegalArgumentException("Invalid interval format: " + interval);
    }
    return ms;
  }

  boolean isCron() {
    return cron != null;
  }

  long intervalMillis() {
    return parseInterval(interval);
  }

  /** The cron schedule of a cron job; it throws for an invalid expression or zone. */
  CronSchedule cronSchedule() {
    return CronSchedule.parse(cron, timezone);
  }

  String toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("agentId", agentId);
    out.put("path", path);
    if (isCron()) {
      out.put("cron", cron);
      out.put("timezone", timezone);
    } else {
      out.put("interval", interval);
    }
    return Json.stringify(out);
  }

  /**
   * The job stored as {@code text}, or empty when the record is unreadable. Records written before
   * cron support have an {@code interval} only and read as before.
   */
  static Optional<ScheduledJob> fromJson(String text) {
    if (!(Json.parse(text) instanceof Map<?, ?> m
        && m.get("id") instanceof String id
        && m.get("agentId") instanceof String agentId
        && m.get("path") instanceof String path)) {
      return Optional.empty();
    }
    if (m.get("cron") instanceof String cron) {
      String zone = m.get("timezone") instanceof String z ? z : "UTC";
      return Optional.of(cron(id, agentId, path, cron, zone));
    }
    if (m.get("interval") instanceof String interval) {
      return Optional.of(every(id, agentId, path, interval));
    }
    return Optional.empty();
  }
}
