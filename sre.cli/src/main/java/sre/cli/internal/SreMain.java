package sre.cli.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The process entry point inside the framework. bnd's launcher calls the first {@code
 * Callable<Integer>} registered with {@code main.thread=true} on the JVM's main thread and exits
 * with its result; the command line comes from the launcher's own service ({@code
 * launcher.arguments}). Without that launcher service (Pax Exam, Karaf) this component never
 * activates.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class SreMain implements Callable<Integer> {
  private static final String LAUNCHER_ARGUMENTS = "launcher.arguments";
  private static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final String[] arguments;
  private final FrameworkServices services;
  private final Thread stopOnSignal;
  private final PrintStream stdout;

  @Activate
  public SreMain(
      BundleContext context,
      @Reference(service = Object.class, target = "(launcher.ready=true)")
          Map<String, Object> launcher) {
    this.arguments =
        launcher.get(LAUNCHER_ARGUMENTS) instanceof String[] args ? args.clone() : new String[0];
    this.services = new FrameworkServices(context);
    // Standard output carries only what the command prints (a table, a run's JSON), so it can be
    // piped. Everything else that writes to System.out - pax-logging's fallback logger, Felix's
    // logger, stray prints in bundles - goes to standard error from here on.
    this.stdout = System.out;
    System.setOut(System.err);
    this.stopOnSignal = new Thread(() -> stopFramework(context), "sre-stop-on-signal");
    // The framework has no shutdown hook of its own: without this, Ctrl-C or SIGTERM would end the
    // JVM with every bundle still active (connectors unflushed, files half written).
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
  }

  @Override
  public Integer call() {
    return SreCommand.execute(services, stdout, arguments);
  }

  @Deactivate
  private void deactivate() {
    services.close();
    System.setOut(stdout);
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnSignal);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it is the one stopping us.
    }
  }

  private static void stopFramework(BundleContext context) {
    try {
      if (context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION) instanceof Framework framework) {
        framework.stop();
        framework.waitForStop(STOP_TIMEOUT_MILLIS);
      }
    } catch (IllegalStateException | BundleException e) {
      // The framework is already stopping (or gone); the JVM exits either way.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
