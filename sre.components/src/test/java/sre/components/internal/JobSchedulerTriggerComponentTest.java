package sre.components.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static sre.components.internal.TestCalls.call;
import static sre.components.internal.TestCalls.result;

import java.time.Duration;
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

/** Interval jobs start agent runs, survive a restart through NKV, and refuse cron. */
class JobSchedulerTriggerComponentTest {
  private final Map<String, String> nkv = new ConcurrentHashMap<>();
  private final List<String> runs = new CopyOnWriteArrayList<>();
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
  void cronAndBadIntervalsAreErrors() {
    JobSchedulerTriggerComponent scheduler = start();
    assertThat(
            result(
                scheduler.process(
                    call(Map.of("triggerEndpoint", "t", "cron", "* * * * *"), Map.of()))))
        .containsOnlyKeys("_error");
    assertThat(
            result(
                scheduler.process(
                    call(Map.of("triggerEndpoint", "t", "interval", "5x"), Map.of()))))
        .containsExactly(Map.entry("_error", "Invalid interval format: 5x"));
    assertThat(nkv).isEmpty();
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
    JobSchedulerTriggerComponent scheduler =
        new JobSchedulerTriggerComponent(TestServices.nkv(nkv), new RecordingRunner());
    started.add(scheduler);
    return scheduler;
  }

  /** Records each run as {@code <agent> <method> <path>}. */
  private final class RecordingRunner implements AgentRunner {
    @Override
    public CompletionStage<AgentResponse> run(
        String agent, AgentRequest request, RunListener listener) {
      runs.add(agent + " " + request.method() + " " + request.path());
      return CompletableFuture.completedFuture(new AgentResponse(200, null));
    }

    @Override
    public CompletionStage<AgentResponse> run(
        AgentSource agent, AgentRequest request, RunListener listener) {
      return run(agent.id(), request, listener);
    }
  }
}
