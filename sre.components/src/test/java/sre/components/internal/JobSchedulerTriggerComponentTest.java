package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;

/**
 * Interval and cron jobs start agent runs and survive a restart through NKV. Nothing here asserts
 * on how late a timer fires: fire times are checked against a fixed clock, real firing only with
 * generous Awaitility bounds.
 */
class JobSchedulerTriggerComponentTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String JOB = JobSchedulerTriggerComponent.NAMESPACE + "|job-agent-1-tick";
  private final Map<String, String> nkv = new ConcurrentHashMap<>();
  private final List<String> runs = new CopyOnWriteArrayList<>();

  /** When set, runs never complete: the scheduler must not wait for them. */
  private volatile boolean runsHang;

  private final List<JobSchedulerTriggerComponent> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(JobSchedulerTriggerComponent::deactivate);
  }

  @Test
  void startsARunEveryInterval() {
    Map<String, Object> out =
        result(
            start()
                .process(
                    call(
                        Map.of("triggerEndpoint", "tick", "interval", "1s", "payload", "{\"a\":1}"),
                        Map.of())));

    assertThat(out).containsExactly(Map.entry("Payload", Map.of("a", 1L)));
    await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() >= 2);
    assertThat(runs).allMatch("agent-1 POST /trigger/tick"::equals);
    assertThat(nkv).containsKey(JobSchedulerTriggerComponent.NAMESPACE + "|job-agent-1-tick");
  }

  @Test
  void aRestartReArmsStoredJobs() {
    result(start().process(call(Map.of("triggerEndpoint", "tick", "every", "1s"), Map.of())));
    stop();
    started.clear();
    runs.clear();

    start();

    await().atMost(Duration.ofSeconds(5)).until(() -> !runs.isEmpty());
    assertThat(runs.get(0)).isEqualTo("agent-1 POST /trigger/tick");
  }

  @Test
  void cronJobsFireEverySecondWithoutWaitingForRunsAndSurviveARestart() {
    runsHang = true;
    Map<String, Object> out =
        result(
            start()
                .process(
                    call(
                        Map.of("triggerEndpoint", "tick", "cron", "* * * * * *", "payload", "{}"),
                        Map.of())));

    assertThat(out).containsExactly(Map.entry("Payload", Map.of()));
    await().atMost(PATIENCE).until(() -> runs.size() >= 2);
    assertThat(runs).allMatch("agent-1 POST /trigger/tick"::equals);
    assertThat(Json.parse(nkv.get(JOB)))
        .isEqualTo(
            Map.of(
                "id", "job-agent-1-tick",
                "agentId", "agent-1",
                "path", "/trigger/tick",
                "cron", "* * * * * *",
                "timezone", "UTC"));

    stop();
    started.clear();
    runs.clear();
    start();

    await().atMost(PATIENCE).until(() -> !runs.isEmpty());
    assertThat(runs.get(0)).isEqualTo("agent-1 POST /trigger/tick");
  }

  @Test
  void cronJobsAreStoredWithTheirZoneAndReArmedForTheirNextTime() {
    Instant tenFifteen = Instant.parse("2026-01-01T10:15:30Z");
    JobSchedulerTriggerComponent scheduler = start(Clock.fixed(tenFifteen, ZoneOffset.UTC));
    // an interval job first: the cron schedule given later replaces it
    result(scheduler.process(call(Map.of("triggerEndpoint", "tick", "interval", "1h"), Map.of())));
    assertThat(scheduler.nextFire("job-agent-1-tick")).isEmpty();

    Map<String, Object> out =
        result(
            scheduler.process(
                call(
                    Map.of(
                        "triggerEndpoint", "tick",
                        "cron", " 0 12 * * * ",
                        "timezone", "Europe/Paris"),
                    Map.of())));

    assertThat(out).containsExactly(Map.entry("Payload", Map.of()));
    // noon in Paris is 11:00 UTC in winter
    assertThat(scheduler.nextFire("job-agent-1-tick"))
        .contains(Instant.parse("2026-01-01T11:00:00Z"));
    assertThat(nkv.get(JOB))
        .isEqualTo(
            "{\"id\":\"job-agent-1-tick\",\"agentId\":\"agent-1\",\"path\":\"/trigger/tick\","
                + "\"cron\":\"0 12 * * *\",\"timezone\":\"Europe/Paris\"}");

    stop();
    started.clear();
    JobSchedulerTriggerComponent same = start(Clock.fixed(tenFifteen, ZoneOffset.UTC));
    await().atMost(PATIENCE).until(() -> same.nextFire("job-agent-1-tick"), n -> n.isPresent());
    assertThat(same.nextFire("job-agent-1-tick")).contains(Instant.parse("2026-01-01T11:00:00Z"));

    // re-armed after that day's noon: the next day's
    JobSchedulerTriggerComponent later =
        start(Clock.fixed(Instant.parse("2026-01-01T11:00:00Z"), ZoneOffset.UTC));
    await().atMost(PATIENCE).until(() -> later.nextFire("job-agent-1-tick"), n -> n.isPresent());
    assertThat(later.nextFire("job-agent-1-tick")).contains(Instant.parse("2026-01-02T11:00:00Z"));
    assertThat(runs).isEmpty();
  }

  @Test
  void storedJobsThatNoLongerReadAreSkipped() {
    nkv.put(
        JobSchedulerTriggerComponent.NAMESPACE + "|job-agent-1-bad",
        "{\"id\":\"job-agent-1-bad\",\"agentId\":\"agent-1\",\"path\":\"/trigger/bad\","
            + "\"cron\":\"61 * * * *\",\"timezone\":\"UTC\"}");
    nkv.put(
        JOB,
        ScheduledJob.cron("job-agent-1-tick", "agent-1", "/trigger/tick", "0 * * * *", "UTC")
            .toJson());

    JobSchedulerTriggerComponent scheduler =
        start(Clock.fixed(Instant.parse("2026-01-01T10:15:30Z"), ZoneOffset.UTC));

    await()
        .atMost(PATIENCE)
        .until(() -> scheduler.nextFire("job-agent-1-tick"), n -> n.isPresent());
    assertThat(scheduler.nextFire("job-agent-1-tick"))
        .contains(Instant.parse("2026-01-01T11:00:00Z"));
    assertThat(scheduler.nextFire("job-agent-1-bad")).isEmpty();
  }

  @Test
  void invalidSchedulesAreErrors() {
    JobSchedulerTriggerComponent scheduler = start();
    assertThat(error(scheduler, Map.of("cron", "61 * * * *")))
        .isEqualTo("Invalid cron expression: 61 * * * * (Value 61 not in range [0, 59])");
    assertThat(error(scheduler, Map.of("cron", "* * *")))
        .isEqualTo(
            "Invalid cron expression: * * * (3 fields; expected 5"
                + " (minute hour day-of-month month day-of-week) or 6 (second first))");
    assertThat(error(scheduler, Map.of("cron", "0 0 30 2 *")))
        .isEqualTo("Invalid cron expression: 0 0 30 2 * (it never fires)");
    assertThat(error(scheduler, Map.of("cron", "every monday")))
        .startsWith("Invalid cron expression: every monday (");
    assertThat(error(scheduler, Map.of("cron", "0 9 * * *", "timezone", "Mars/Olympus")))
        .isEqualTo("Invalid time zone: Mars/Olympus");
    assertThat(error(scheduler, Map.of("cron", "0 9 * * *", "interval", "1h")))
        .isEqualTo("JobSchedulerTrigger: set either interval or cron, not both");
    assertThat(error(scheduler, Map.of("interval", "5x"))).isEqualTo("Invalid interval format: 5x");
    assertThat(nkv).isEmpty();
  }

  @Test
  void cronFireTimesFollowTheDefinitionAndTheZone() {
    Instant at = Instant.parse("2026-01-01T10:15:30.700Z"); // a Thursday
    assertThat(next("*/15 * * * *", "UTC", at)).isEqualTo("2026-01-01T10:30:00Z");
    // 6 fields: seconds first; the fraction of `at` does not leak into fire times
    assertThat(next("* * * * * *", "UTC", at)).isEqualTo("2026-01-01T10:15:31Z");
    assertThat(next("*/20 * * * * *", "UTC", at)).isEqualTo("2026-01-01T10:15:40Z");
    assertThat(next("0 0 12 ? * MON", "UTC", at)).isEqualTo("2026-01-05T12:00:00Z");
    assertThat(next("@daily", "UTC", at)).isEqualTo("2026-01-02T00:00:00Z");
    // day-of-week 0 and 7 are both Sunday, 1 is Monday, in both definitions
    assertThat(next("0 8 * * 0", "UTC", at)).isEqualTo("2026-01-04T08:00:00Z");
    assertThat(next("0 8 * * 7", "UTC", at)).isEqualTo("2026-01-04T08:00:00Z");
    assertThat(next("0 0 8 * * 1", "UTC", at)).isEqualTo("2026-01-05T08:00:00Z");
    // the zone's own clock, daylight saving time included
    assertThat(next("0 9 * * MON-FRI", "Europe/Paris", at)).isEqualTo("2026-01-02T08:00:00Z");
    assertThat(next("0 9 * * *", "Europe/Paris", Instant.parse("2026-07-01T00:00:00Z")))
        .isEqualTo("2026-07-01T07:00:00Z");
    assertThat(next("0 9 * * *", "+05:30", at)).isEqualTo("2026-01-02T03:30:00Z");
    // strictly after: a fire time is never given again
    assertThat(next("0 * * * *", "UTC", Instant.parse("2026-01-01T11:00:00Z")))
        .isEqualTo("2026-01-01T12:00:00Z");
  }

  /** Deployed agents for the scan: mutable, by id. */
  private final Map<String, AgentSource> deployed = new ConcurrentHashMap<>();

  private final sre.api.agent.AgentData agentData =
      new sre.api.agent.AgentData() {
        @Override
        public java.util.Optional<AgentSource> find(String idOrName) {
          return java.util.Optional.ofNullable(deployed.get(idOrName));
        }

        @Override
        public List<AgentSource> list() {
          return List.copyOf(deployed.values());
        }
      };

  private static final java.util.concurrent.atomic.AtomicLong versions =
      new java.util.concurrent.atomic.AtomicLong();

  private static AgentSource agentWithTrigger(String id, String schedule) {
    return new AgentSource(
        id,
        id + ".smyth",
        "{\"id\":\""
            + id
            + "\",\"components\":[{\"id\":\"T\",\"name\":\"JobSchedulerTrigger\","
            + "\"data\":{\"triggerEndpoint\":\"tick\","
            + schedule
            + "},\"inputs\":[],\"outputs\":[{\"name\":\"Payload\",\"default\":true}]}],"
            + "\"connections\":[]}",
        // each definition a new file version, as a redeployed agent file has a new time
        Instant.EPOCH.plusSeconds(versions.incrementAndGet()));
  }

  @Test
  void aDeployedAgentsTriggerIsScheduledChangedAndStoppedWithoutARun() {
    Instant tenFifteen = Instant.parse("2026-01-01T10:15:30Z");
    JobSchedulerTriggerComponent scheduler = start(Clock.fixed(tenFifteen, ZoneOffset.UTC));
    scheduler.agentData(agentData);
    deployed.put("deployed-1", agentWithTrigger("deployed-1", "\"cron\":\"0 11 * * *\""));

    scheduler.scanDeployed();

    await().atMost(PATIENCE).until(() -> scheduler.nextFire("job-deployed-1-tick").isPresent());
    assertThat(scheduler.nextFire("job-deployed-1-tick"))
        .contains(Instant.parse("2026-01-01T11:00:00Z"));
    assertThat(nkv).containsKey(JobSchedulerTriggerComponent.NAMESPACE + "|job-deployed-1-tick");

    deployed.put("deployed-1", agentWithTrigger("deployed-1", "\"cron\":\"30 12 * * *\""));
    scheduler.scanDeployed();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                scheduler
                    .nextFire("job-deployed-1-tick")
                    .equals(java.util.Optional.of(Instant.parse("2026-01-01T12:30:00Z"))));

    deployed.clear();
    scheduler.scanDeployed();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                !nkv.containsKey(JobSchedulerTriggerComponent.NAMESPACE + "|job-deployed-1-tick"));
    assertThat(scheduler.nextFire("job-deployed-1-tick")).isEmpty();
    assertThat(runs).isEmpty();
  }

  @Test
  void aDeployedIntervalTriggerStartsRunsAndABadOneIsSkipped() {
    JobSchedulerTriggerComponent scheduler = start();
    scheduler.agentData(agentData);
    deployed.put("deployed-2", agentWithTrigger("deployed-2", "\"interval\":\"1s\""));
    deployed.put("broken", agentWithTrigger("broken", "\"interval\":\"soon\""));
    deployed.put("not-json", new AgentSource("not-json", "not-json.smyth", "{oops", Instant.EPOCH));

    scheduler.scanDeployed();

    await().atMost(PATIENCE).until(() -> runs.contains("deployed-2 POST /trigger/tick"));
    assertThat(nkv.keySet())
        .containsExactly(JobSchedulerTriggerComponent.NAMESPACE + "|job-deployed-2-tick");
  }

  @Test
  void parsesSreIntervals() {
    assertThat(ScheduledJob.parseInterval("10s")).isEqualTo(10_000L);
    assertThat(ScheduledJob.parseInterval("5m")).isEqualTo(300_000L);
    assertThat(ScheduledJob.parseInterval("2h")).isEqualTo(7_200_000L);
    assertThat(ScheduledJob.parseInterval("1d")).isEqualTo(86_400_000L);
    assertThat(ScheduledJob.parseInterval("1w")).isEqualTo(604_800_000L);
  }

  private JobSchedulerTriggerComponent start() {
    return start(Clock.systemUTC());
  }

  private JobSchedulerTriggerComponent start(Clock clock) {
    JobSchedulerTriggerComponent scheduler =
        new JobSchedulerTriggerComponent(TestServices.nkv(nkv), new RecordingRunner(), clock);
    started.add(scheduler);
    return scheduler;
  }

  private static String error(JobSchedulerTriggerComponent scheduler, Map<String, Object> data) {
    Map<String, Object> config = new java.util.HashMap<>(data);
    config.put("triggerEndpoint", "t");
    Map<String, Object> out = result(scheduler.process(call(config, Map.of())));
    assertThat(out).containsOnlyKeys("_error");
    return String.valueOf(out.get("_error"));
  }

  private static String next(String cron, String zone, Instant after) {
    return CronSchedule.parse(cron, zone).nextAfter(after).orElseThrow().toString();
  }

  /** Records each run as {@code <agent> <method> <path>}. */
  private final class RecordingRunner implements AgentRunner {
    @Override
    public CompletionStage<AgentResponse> run(
        String agent, AgentRequest request, RunListener listener) {
      runs.add(agent + " " + request.method() + " " + request.path());
      return runsHang
          ? new CompletableFuture<>()
          : CompletableFuture.completedFuture(new AgentResponse(200, null));
    }

    @Override
    public CompletionStage<AgentResponse> run(
        AgentSource agent, AgentRequest request, RunListener listener) {
      return run(agent.id(), request, listener);
    }
  }
}
