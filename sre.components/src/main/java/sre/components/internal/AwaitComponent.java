package sre.components.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.AgentJobs;
import sre.api.component.AgentJobs.Job;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;

/**
 * Await: checks the listed jobs once a second (without holding a thread) until none is pending,
 * {@code jobs_count} of them have finished, or {@code max_time} seconds have passed, then answers
 * {@code Results = {jobId: {output, status}}} (spec §5.10).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("Await")
public final class AwaitComponent implements sre.api.component.Component {
  private static final Duration POLL = Duration.ofSeconds(1);

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    Optional<String> count = range(config.get("jobs_count"), 1, 100, "Jobs Count");
    return count.isPresent() ? count : range(config.get("max_time"), 1, 21600, "Max time");
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object raw = call.inputs().get("Jobs");
    List<Object> jobs = raw instanceof List<?> l ? new ArrayList<>(l) : listOf(raw);
    int count = setting(call.config().get("jobs_count"));
    int maxTime = setting(call.config().get("max_time"));
    AgentJobs table = call.run().jobs();
    CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
    poll(call, table, jobs, count, maxTime, result);
    return result;
  }

  private void poll(
      ComponentCall call,
      AgentJobs table,
      List<Object> jobs,
      int count,
      int remaining,
      CompletableFuture<Map<String, Object>> result) {
    call.run()
        .delay(POLL)
        .whenComplete(
            (v, e) -> {
              if (remaining < 0 || finished(table, jobs, count)) {
                result.complete(results(table, jobs));
              } else {
                poll(call, table, jobs, count, remaining - 1, result);
              }
            });
  }

  /** SRE counts leading finished jobs up to the first pending one. */
  private static boolean finished(AgentJobs table, List<Object> jobs, int count) {
    int completed = 0;
    for (Object id : jobs) {
      if (table.get(String.valueOf(id)).pending()) {
        return completed >= count;
      }
      completed++;
    }
    return true;
  }

  private static Map<String, Object> results(AgentJobs table, List<Object> jobs) {
    Map<String, Object> results = new LinkedHashMap<>();
    for (Object id : jobs) {
      Job job = table.get(String.valueOf(id));
      Map<String, Object> entry = new LinkedHashMap<>();
      if (job.result() != null) {
        entry.put("output", job.result());
      }
      entry.put("status", job.status());
      results.put(String.valueOf(id), entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Results", results);
    out.put("_error", null);
    return out;
  }

  private static int setting(Object value) {
    double v = JsValues.parseInt(JsValues.truthy(value) ? value : 1L);
    return Double.isNaN(v) ? 1 : (int) v;
  }

  private static List<Object> listOf(Object value) {
    List<Object> one = new ArrayList<>(1);
    one.add(value);
    return one;
  }

  private static Optional<String> range(Object value, double min, double max, String label) {
    if (value == null || "".equals(value)) {
      return Optional.empty();
    }
    double v = JsValues.toNumber(value);
    if (Double.isNaN(v)) {
      return Optional.of("\"" + label + "\" must be a number");
    }
    if (v < min) {
      return Optional.of("\"" + label + "\" must be greater than or equal to " + (long) min);
    }
    if (v > max) {
      return Optional.of("\"" + label + "\" must be less than or equal to " + (long) max);
    }
    return Optional.empty();
  }
}
