package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.component.support.Json;

/**
 * One interval job of JobSchedulerTrigger as kept in NKV: a {@code POST <path>} run of an agent
 * every {@code interval} (SRE's {@code Schedule.every}, e.g. {@code 10s}, {@code 5m}).
 */
record ScheduledJob(String id, String agentId, String path, String interval) {
  private static final Pattern INTERVAL = Pattern.compile("^(\\d+)([smhdw])$");

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

  long intervalMillis() {
    return parseInterval(interval);
  }

  String toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("agentId", agentId);
    out.put("path", path);
    out.put("interval", interval);
    return Json.stringify(out);
  }

  /** The job stored as {@code text}, or empty when the record is unreadable. */
  static Optional<ScheduledJob> fromJson(String text) {
    if (Json.parse(text) instanceof Map<?, ?> m
        && m.get("id") instanceof String id
        && m.get("agentId") instanceof String agentId
        && m.get("path") instanceof String path
        && m.get("interval") instanceof String interval) {
      return Optional.of(new ScheduledJob(id, agentId, path, interval));
    }
    return Optional.empty();
  }
}
