package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.RunListener;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.TypeCoercion;
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvRequester;
import sre.api.security.AccessCandidate;

/**
 * JobSchedulerTrigger (spec §6.4, §2.14): schedules {@code POST /trigger/<triggerEndpoint>} runs of
 * the agent every {@code data.interval} (or {@code every}; SRE's fixed {@code 10s} by default), as
 * job {@code job-<agentId>-<trigger>}. SRE registers the job when the agent is deployed; here it is
 * registered when the trigger first runs. Jobs are kept in NKV (system candidate) so a restart
 * re-arms them; each is one periodic task on this component's single timer thread, which only
 * starts runs and never waits for them. Cron is refused, as SRE's LocalScheduler refuses it.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("JobSchedulerTrigger")
public final class JobSchedulerTriggerComponent implements sre.api.component.Component {
  static final String NAMESPACE = "scheduler:jobs";
  private static final Logger LOG = LoggerFactory.getLogger(JobSchedulerTriggerComponent.class);

  private final NkvRequester jobs;

  /**
   * The engine that provides AgentRunner also binds every component, this one included: getting the
   * runner while binding would be a service cycle. ComponentServiceObjects defers getting it to the
   * moment a job is due; jobs due while no runner is bound are skipped.
   */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile ComponentServiceObjects<AgentRunner> runnerService;

  /** Set directly by tests instead of the service above. */
  private volatile AgentRunner runner;

  private final ScheduledExecutorService timer;
  private final Map<String, Armed> armed = new ConcurrentHashMap<>();

  /** A job and the periodic task that runs it. */
  private record Armed(ScheduledJob job, ScheduledFuture<?> task) {}

  /** For tests: a runner given directly. */
  JobSchedulerTriggerComponent(Nkv nkv, AgentRunner runner) {
    this(nkv);
    this.runner = runner;
  }

  @Activate
  public JobSchedulerTriggerComponent(@Reference Nkv nkv) {
    this.jobs = nkv.requester(AccessCandidate.system());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sre-job-scheduler");
              t.setDaemon(true);
              return t;
            });
    rearm();
  }

  @Deactivate
  void deactivate() {
    timer.shutdownNow();
    armed.clear();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> data = call.config();
    if (data.get("cron") instanceof String cron && !cron.isBlank()) {
      return Outputs.error("Cron schedules are not supported (SRE's scheduler does not run cron)");
    }
    Object trigger = data.get("triggerEndpoint");
    if (trigger == null || String.valueOf(trigger).isBlank()) {
      return Outputs.error("JobSchedulerTrigger: no triggerEndpoint configured");
    }
    String interval = firstText(data.get("interval"), data.get("every"), "10s");
    ScheduledJob job;
    try {
      ScheduledJob.parseInterval(interval);
      String agentId = call.run().agentId();
      job =
          new ScheduledJob(
              "job-" + agentId + "-" + trigger, agentId, "/trigger/" + trigger, interval);
    } catch (IllegalArgumentException e) {
      return Outputs.error(e.getMessage());
    }
    return jobs.set(NAMESPACE, job.id(), job.toJson())
        .thenApply(
            saved -> {
              arm(job);
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Payload", payload(data.get("payload")));
              return out;
            })
        .exceptionally(Outputs::failure);
  }

  /** Arms every stored job (after a restart); unreadable records are skipped. */
  private void rearm() {
    jobs.list(NAMESPACE)
        .thenAccept(
            entries -> entries.forEach(e -> ScheduledJob.fromJson(e.value()).ifPresent(this::arm)))
        .exceptionally(
            e -> {
              LOG.warn("Could not re-arm scheduled jobs: {}", e.toString());
              return null;
            });
  }

  /** Starts the job's periodic task, replacing one with another schedule; SRE: no first run now. */
  private void arm(ScheduledJob job) {
    armed.compute(
        job.id(),
        (id, current) -> {
          if (current != null && current.job().equals(job)) {
            return current;
          }
          if (current != null) {
            current.task().cancel(false);
          }
          long every = job.intervalMillis();
          return new Armed(
              job,
              timer.scheduleAtFixedRate(() -> start(job), every, every, TimeUnit.MILLISECONDS));
        });
  }

  private void start(ScheduledJob job) {
    AgentRequest request =
        new AgentRequest(
            "POST", job.path(), Map.of(), Map.of(), Map.of(), AccessCandidate.agent(job.agentId()));
    ComponentServiceObjects<AgentRunner> service = runner != null ? null : runnerService;
    AgentRunner current = runner != null ? runner : service == null ? null : service.getService();
    if (current == null) {
      LOG.debug("Job {} is due but no agent runner is bound", job.id());
      return;
    }
    try {
      current
          .run(job.agentId(), request, RunListener.NONE)
          .whenComplete(
              (response, error) -> {
                if (service != null) {
                  service.ungetService(current);
                }
                if (error != null) {
                  LOG.warn("Scheduled job {} failed: {}", job.id(), error.toString());
                }
              });
    } catch (RuntimeException e) {
      // a task that throws is never run again by the timer: keep the schedule alive
      LOG.warn("Scheduled job {} could not start: {}", job.id(), e.toString());
    }
  }

  /** SRE's collectPayload: {@code data.payload} parsed as JSON; not an object → {@code {}}. */
  private static Object payload(Object raw) {
    Object parsed = raw instanceof String s ? TypeCoercion.tryParseJson(s) : raw;
    return parsed instanceof Map<?, ?> ? parsed : Map.of();
  }

  private static String firstText(Object a, Object b, String fallback) {
    if (a instanceof String s && !s.isBlank()) {
      return s;
    }
    if (b instanceof String s && !s.isBlank()) {
      return s;
    }
    return fallback;
  }
}
