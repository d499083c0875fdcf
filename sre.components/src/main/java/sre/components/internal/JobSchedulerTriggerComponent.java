package sre.components.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.TypeCoercion;
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvRequester;
import sre.api.security.AccessCandidate;

/**
 * JobSchedulerTrigger (spec §6.4, §2.14): schedules {@code POST /trigger/<triggerEndpoint>} runs of
 * the agent every {@code data.interval} (or {@code every}; SRE's fixed {@code 10s} by default), or
 * at the times of the cron expression {@code data.cron} in time zone {@code data.timezone} (default
 * UTC; {@link CronSchedule} gives the accepted forms), as job {@code job-<agentId>-<trigger>}.
 * SRE's LocalScheduler throws on cron; here it is implemented. As in SRE, a job is registered when
 * its agent is deployed: the deployed agents (AgentData) are looked at every {@code
 * deployScanSeconds} (PID {@code sre.components.JobSchedulerTrigger}, default 30 s), starting,
 * changing or stopping their trigger jobs; a trigger that runs also registers its job at once.
 *
 * <p>Jobs are kept in NKV (system candidate) so a restart re-arms them. All of them share this
 * component's single timer thread, which only starts runs and never waits for them: an interval job
 * is one periodic task; a cron job is one one-shot task at a time, for its next fire time, which on
 * firing schedules the following one and then starts the run. A cron job firing late (timer busy,
 * machine asleep) continues from the current time: missed fire times are skipped, not made up.
 */
// immediate: the deployed agents' jobs must be scheduled at start, not when a run first needs us
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.JobSchedulerTrigger",
    immediate = true)
@Designate(ocd = JobSchedulerConfig.class)
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

  /** The trigger jobs found in a deployed agent's definition as of its modification time. */
  private record ParsedAgent(Instant modified, List<ScheduledJob> jobs) {}

  /** The last scan's agents, by id; only the timer thread reads and replaces it. */
  private Map<String, ParsedAgent> parsed = Map.of();

  /** Where deployed agents are found; none bound: only triggers that ran are scheduled. */
  private volatile AgentData agentData;

  /** Wall-clock time for cron fire times; the timer's delays are computed from it. */
  private final Clock clock;

  private final ScheduledExecutorService timer;
  private final Map<String, Armed> armed = new ConcurrentHashMap<>();

  @Activate
  public JobSchedulerTriggerComponent(@Reference Nkv nkv, JobSchedulerConfig config) {
    this(nkv, null, Clock.systemUTC());
    int every = config.deployScanSeconds();
    if (every > 0) {
      timer.scheduleWithFixedDelay(this::scanDeployed, 0, every, TimeUnit.SECONDS);
    }
  }

  /** For tests: a runner given directly. */
  JobSchedulerTriggerComponent(Nkv nkv, AgentRunner runner) {
    this(nkv, runner, Clock.systemUTC());
  }

  /** For tests: a runner given directly and the clock cron fire times are computed with. */
  JobSchedulerTriggerComponent(Nkv nkv, AgentRunner runner, Clock clock) {
    this.jobs = nkv.requester(AccessCandidate.system());
    this.runner = runner;
    this.clock = clock;
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
    armed.values().forEach(Armed::cancel);
    timer.shutdownNow();
    armed.clear();
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> data = call.config();
    ScheduledJob job;
    try {
      job = TriggerJobs.of(call.run().agentId(), data);
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

  /** Deployed agents become known: look at their triggers now rather than at the next scan. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindAgentData(AgentData agents) {
    this.agentData = agents;
    try {
      timer.execute(this::scanDeployed);
    } catch (RejectedExecutionException e) {
      // deactivating: nothing more to schedule
    }
  }

  void unbindAgentData(AgentData agents) {
    if (this.agentData == agents) {
      this.agentData = null;
    }
  }

  /** For tests: deployed agents found directly instead of through the service. */
  void agentData(AgentData agents) {
    this.agentData = agents;
  }

  /**
   * Brings the jobs in line with the deployed agents: a trigger job that is new or whose schedule
   * changed is stored and armed; a job whose agent is gone, or no longer has that trigger, is
   * stopped and forgotten. Runs on the timer thread and never throws (that would end the scans).
   */
  void scanDeployed() {
    AgentData agents = agentData;
    if (agents == null) {
      return;
    }
    try {
      Map<String, ScheduledJob> deployed = new HashMap<>();
      Map<String, ParsedAgent> seen = new HashMap<>();
      for (AgentSource agent : agents.list()) {
        // an agent file that did not change is not parsed again
        ParsedAgent known = parsed.get(agent.id());
        ParsedAgent current =
            known != null && known.modified().equals(agent.modified())
                ? known
                : new ParsedAgent(agent.modified(), TriggerJobs.inAgent(agent, LOG));
        seen.put(agent.id(), current);
        current.jobs().forEach(job -> deployed.put(job.id(), job));
      }
      parsed = seen;
      for (ScheduledJob job : deployed.values()) {
        Armed current = armed.get(job.id());
        if (current == null || !current.job.equals(job)) {
          LOG.info("Scheduling job {} of deployed agent {}", job.id(), job.agentId());
          jobs.set(NAMESPACE, job.id(), job.toJson()).thenRun(() -> arm(job));
        }
      }
      for (Armed current : List.copyOf(armed.values())) {
        String id = current.job.id();
        if (!deployed.containsKey(id)) {
          LOG.info("Stopping job {}: its agent or trigger is no longer deployed", id);
          disarm(id);
          jobs.delete(NAMESPACE, id);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not look at the deployed agents' triggers: {}", e.toString());
    }
  }

  private void disarm(String jobId) {
    Armed current = armed.remove(jobId);
    if (current != null) {
      current.cancel();
    }
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

  /**
   * Starts the job's schedule, replacing one with another schedule; SRE: no first run now. A stored
   * job whose schedule no longer reads is logged and left unarmed.
   */
  private void arm(ScheduledJob job) {
    CronSchedule cron;
    try {
      cron = job.isCron() ? job.cronSchedule() : null;
      if (cron == null) {
        job.intervalMillis();
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("Scheduled job {} not armed: {}", job.id(), e.getMessage());
      return;
    }
    armed.compute(
        job.id(),
        (id, current) -> {
          if (current != null && current.job.equals(job)) {
            return current;
          }
          if (current != null) {
            current.cancel();
          }
          Armed next = new Armed(job, cron);
          next.begin();
          return next;
        });
  }

  /** For tests: the instant an armed cron job fires next. */
  Optional<Instant> nextFire(String jobId) {
    Armed current = armed.get(jobId);
    return current == null ? Optional.empty() : current.nextFire();
  }

  /**
   * An armed job and its pending timer task: the periodic task of an interval job, or the one-shot
   * task for the next fire time of a cron job. The task field is replaced on each cron fire, so it
   * and the cancelled flag are guarded by this object: a job cancelled while firing schedules
   * nothing more.
   */
  private final class Armed {
    final ScheduledJob job;
    private final CronSchedule cron;
    private ScheduledFuture<?> task;
    private Instant due;
    private boolean cancelled;

    Armed(ScheduledJob job, CronSchedule cron) {
      this.job = job;
      this.cron = cron;
    }

    synchronized void begin() {
      if (cron == null) {
        long every = job.intervalMillis();
        task = timer.scheduleAtFixedRate(() -> start(job), every, every, TimeUnit.MILLISECONDS);
      } else {
        scheduleAfter(clock.instant());
      }
    }

    synchronized void cancel() {
      cancelled = true;
      if (task != null) {
        task.cancel(false);
      }
    }

    synchronized Optional<Instant> nextFire() {
      return cancelled ? Optional.empty() : Optional.ofNullable(due);
    }

    /** Schedules the one-shot task for the first fire time after {@code after}. */
    private synchronized void scheduleAfter(Instant after) {
      if (cancelled) {
        return;
      }
      Optional<Instant> next = cron.nextAfter(after);
      if (next.isEmpty()) {
        LOG.info("Scheduled job {} has no fire time after {}", job.id(), after);
        due = null;
        return;
      }
      due = next.get();
      long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
      try {
        task = timer.schedule(this::fire, delay, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        // the component is being deactivated: the timer takes no more tasks
        cancelled = true;
      }
    }

    /**
     * Schedules the next fire time first, so a failing start cannot end the chain, then starts the
     * run. The next time is computed from the later of now and the time this task was for: a timer
     * firing a moment early must not give the same fire time again.
     */
    private void fire() {
      Instant firedFor;
      synchronized (this) {
        if (cancelled) {
          return;
        }
        firedFor = due;
      }
      Instant now = clock.instant();
      scheduleAfter(firedFor != null && firedFor.isAfter(now) ? firedFor : now);
      start(job);
    }
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
}
