package sre.components.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import sre.api.agent.AgentSource;
import sre.api.component.support.Json;

/**
 * The scheduled jobs a JobSchedulerTrigger's settings describe: one per trigger component, id
 * {@code job-<agentId>-<triggerEndpoint>}, run as {@code POST /trigger/<triggerEndpoint>}, on its
 * {@code cron} (in {@code timezone}) or every {@code interval} ({@code every}; SRE's {@code 10s} by
 * default) — exactly one of cron and interval.
 */
final class TriggerJobs {
  static final String COMPONENT = "JobSchedulerTrigger";

  private TriggerJobs() {}

  /**
   * The job of one trigger component of {@code agentId}; invalid settings throw with the reason.
   */
  static ScheduledJob of(String agentId, Map<?, ?> data) {
    Object trigger = data.get("triggerEndpoint");
    if (trigger == null || String.valueOf(trigger).isBlank()) {
      throw new IllegalArgumentException("JobSchedulerTrigger: no triggerEndpoint configured");
    }
    String cron = firstText(data.get("cron"), null);
    String interval = firstText(data.get("interval"), data.get("every"));
    if (cron != null && interval != null) {
      // SRE's Schedule.validate: exactly one of interval and cron
      throw new IllegalArgumentException(
          "JobSchedulerTrigger: set either interval or cron, not both");
    }
    String id = "job-" + agentId + "-" + trigger;
    String path = "/trigger/" + trigger;
    if (cron != null) {
      String zone = CronSchedule.zone(firstText(data.get("timezone"), null)).getId();
      CronSchedule.parse(cron, zone);
      return ScheduledJob.cron(id, agentId, path, cron.strip(), zone);
    }
    String every = interval != null ? interval : "10s";
    ScheduledJob.parseInterval(every);
    return ScheduledJob.every(id, agentId, path, every);
  }

  /**
   * The jobs of every trigger component in a deployed agent's definition; a trigger with invalid
   * settings is logged and left out (its own runs report the error).
   */
  static List<ScheduledJob> inAgent(AgentSource agent, Logger log) {
    List<ScheduledJob> out = new ArrayList<>();
    Object parsed = Json.parseLenient(agent.json());
    if (!(parsed instanceof Map<?, ?> root)) {
      return out;
    }
    // SRE accepts the flat agent or the AgentData wrapper {data: <agent>, version}
    Map<?, ?> definition =
        !(root.get("components") instanceof List<?>) && root.get("data") instanceof Map<?, ?> d
            ? d
            : root;
    if (!(definition.get("components") instanceof List<?> components)) {
      return out;
    }
    for (Object c : components) {
      if (c instanceof Map<?, ?> component
          && COMPONENT.equals(component.get("name"))
          && component.get("data") instanceof Map<?, ?> data) {
        try {
          out.add(of(agent.id(), data));
        } catch (IllegalArgumentException e) {
          log.warn("Agent {}: trigger not scheduled: {}", agent.id(), e.getMessage());
        }
      }
    }
    return out;
  }

  /** The first of {@code a}, {@code b} that is non-blank text, else null. */
  private static String firstText(Object a, Object b) {
    if (a instanceof String s && !s.isBlank()) {
      return s;
    }
    if (b instanceof String s && !s.isBlank()) {
      return s;
    }
    return null;
  }
}
