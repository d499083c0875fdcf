package sre.engine.internal.run;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.component.AgentJobs.Job;

/**
 * SRE's {@code Async.JOBS}: job states per agent id, owned by one engine. Finished jobs are kept
 * for {@link #RETENTION} so an Await in a later request can still read them, then dropped (SRE
 * keeps them for the life of the process).
 */
final class JobTable {
  static final Duration RETENTION = Duration.ofHours(1);

  private record Entry(Job job, long finishedNanos) {}

  private final Map<String, Map<String, Entry>> byAgent = new ConcurrentHashMap<>();

  void pending(String agentId, String jobId) {
    purge();
    byAgent
        .computeIfAbsent(agentId, a -> new ConcurrentHashMap<>())
        .put(jobId, new Entry(new Job("pending", null), 0));
  }

  void finish(String agentId, String jobId, String status, Object result) {
    byAgent
        .computeIfAbsent(agentId, a -> new ConcurrentHashMap<>())
        .put(jobId, new Entry(new Job(status, result), System.nanoTime()));
  }

  Job get(String agentId, String jobId) {
    Map<String, Entry> jobs = byAgent.get(agentId);
    Entry e = jobs == null ? null : jobs.get(jobId);
    return e == null ? new Job("unknown_job", null) : e.job();
  }

  private void purge() {
    long now = System.nanoTime();
    for (Map<String, Entry> jobs : byAgent.values()) {
      for (Iterator<Entry> it = jobs.values().iterator(); it.hasNext(); ) {
        Entry e = it.next();
        if (e.finishedNanos() != 0 && now - e.finishedNanos() > RETENTION.toNanos()) {
          it.remove();
        }
      }
    }
  }
}
