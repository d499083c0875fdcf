/**
 * The {@code sre} command, running inside the embedded framework.
 *
 * <p>How it starts: bnd's launcher registers itself with the service property {@code
 * launcher.arguments} (the command line) and then calls, on the JVM's main thread, the first {@code
 * Callable<Integer>} service registered with {@code main.thread=true}; its result is the process
 * exit code. {@link sre.cli.internal.SreMain} is that service. Outside the bnd launcher (Pax Exam,
 * Karaf) there is no launcher service, so the CLI stays inert.
 *
 * <p>Adding a subcommand: write a picocli {@code @Command} class implementing {@code
 * Callable<Integer>} in this package (or a sub-package), give it a constructor taking {@link
 * sre.cli.internal.Services} if it needs runtime services, and add the class to the {@code
 * subcommands} list of {@link sre.cli.internal.SreCommand}. Subcommands never hold mandatory
 * references: they wait for the services they need with a {@link sre.cli.internal.Deadline}, so
 * {@code --help} works even while the runtime is still booting.
 *
 * <p>Foreground and background: a subcommand that returns ends the process (the launcher stops the
 * framework and exits with the returned code). {@code serve} keeps the framework up by blocking
 * until it stops (Ctrl-C or SIGTERM).
 */
package sre.cli.internal;
