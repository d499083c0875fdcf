package sre.cli.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.cli.internal.bench.BenchReport;
import sre.cli.internal.bench.LoadGenerator;
import sre.cli.internal.bench.LoadResult;

/** {@code sre bench}: throughput and latency of one request to an agent, in process. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one request against a .smyth agent over and over in this process, after a warm-up,"
          + " with <concurrency> runs in flight (runs, not threads), and prints runs/s, p50 and"
          + " p99 latency; the last line is one JSON object"
          + " {\"runs_per_s\":...,\"p50_us\":...,\"p99_us\":...,\"concurrency\":...}.",
      "Example: sre bench ../shared/bench/bench-chain.smyth POST /api/chain --body '{...}'"
          + " --concurrency 16"
    })
final class BenchCommand implements Callable<Integer> {
  private final Services services;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<agent.smyth>", description = "The agent file.")
  Path agent;

  @Parameters(index = "1", paramLabel = "<METHOD>", description = "POST or GET.")
  String method;

  @Parameters(index = "2", paramLabel = "<path>", description = "e.g. /api/chain.")
  String path;

  @Mixin RequestOptions request;

  @Option(
      names = "--seconds",
      paramLabel = "<s>",
      defaultValue = "10",
      description = "How long to measure (default: ${DEFAULT-VALUE} s).")
  int seconds;

  @Option(
      names = "--warmup",
      paramLabel = "<s>",
      defaultValue = "3",
      description = "How long to run before measuring, for the JIT (default: ${DEFAULT-VALUE} s).")
  int warmupSeconds;

  @Option(
      names = "--concurrency",
      paramLabel = "<n>",
      defaultValue = "1",
      description = "Runs in flight at once (default: ${DEFAULT-VALUE}, i.e. sequential).")
  int concurrency;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description = "How long to wait for the runtime (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  BenchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (seconds < 1 || warmupSeconds < 0 || concurrency < 1) {
      throw CommandFailure.usage("--seconds and --concurrency must be at least 1, --warmup 0");
    }
    AgentSource source = AgentFiles.read(agent);
    AgentRequest agentRequest = request.toRequest(method, path);
    Deadline deadline = Deadline.in(Duration.ofSeconds(timeoutSeconds));
    AgentRunner runner = RuntimeAccess.runner(services, deadline, timeoutSeconds);
    // One run first: a file the engine cannot load fails here with its reason, not as N failures.
    RuntimeAccess.await(
        runner.run(source, agentRequest, RunListener.NONE), agent.toString(), deadline);

    // The load generator is the client side of the measurement, not part of the runtime: its own
    // threads, one per core, gone when the command ends.
    ExecutorService driver =
        Executors.newFixedThreadPool(
            java.lang.Runtime.getRuntime().availableProcessors(), BenchCommand::driverThread);
    try {
      return measure(runner, source, agentRequest, driver);
    } finally {
      driver.shutdownNow();
    }
  }

  private int measure(
      AgentRunner runner, AgentSource source, AgentRequest agentRequest, ExecutorService driver)
      throws InterruptedException {
    LoadGenerator load =
        new LoadGenerator(
            () -> runner.run(source, agentRequest, RunListener.NONE), concurrency, driver);
    PrintWriter err = spec.commandLine().getErr();
    if (warmupSeconds > 0) {
      err.printf("warming up for %d s...%n", warmupSeconds);
      err.flush();
      load.run(Duration.ofSeconds(warmupSeconds));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    threads.resetPeakThreadCount();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    LoadResult result = load.run(Duration.ofSeconds(seconds));

    long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    BenchReport report =
        new BenchReport(
            agent + " " + agentRequest.method() + " " + agentRequest.path(),
            result,
            concurrency,
            seconds,
            warmupSeconds,
            threads.getPeakThreadCount(),
            peakHeap);
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render());
    out.flush();
    return result.failures() == 0 ? ExitCode.OK : ExitCode.NOT_READY;
  }

  private static Thread driverThread(Runnable task) {
    Thread thread = new Thread(task, "sre-bench-driver");
    thread.setDaemon(true);
    return thread;
  }
}
