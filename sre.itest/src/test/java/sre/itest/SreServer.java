package sre.itest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded runtime as a user runs it: {@code java -jar sre.jar serve --port 0 --agents DIR} in
 * its own process, with a fresh SRE home. Ready once it prints its URL; stopped with SIGTERM.
 */
final class SreServer implements AutoCloseable {
  private static final Pattern READY =
      Pattern.compile("SRE ready in \\d+ ms \\(pid \\d+\\) at (\\S+);");

  private final Process process;
  private final URI baseUri;

  private SreServer(Process process, URI baseUri) {
    this.process = process;
    this.baseUri = baseUri;
  }

  /** Starts a server over {@code home} serving the .smyth files in {@code agents}. */
  static SreServer start(Path home, Path agents) throws Exception {
    File jar = new File(System.getProperty("sre.reactor", ".."), "sre.launcher/target/sre.jar");
    if (!jar.isFile()) {
      throw new IllegalStateException("Build the embedded runtime first: " + jar);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dsre.home=" + home,
                    "-Dorg.ops4j.pax.logging.DefaultServiceLog.level=WARN",
                    "-jar",
                    jar.getAbsolutePath(),
                    "serve",
                    "--port",
                    "0",
                    "--agents",
                    agents.toString()))
            .redirectError(home.resolve("serve.log").toFile())
            .start();
    try {
      String url =
          CompletableFuture.supplyAsync(() -> readyUrl(process.getInputStream()))
              .get(60, TimeUnit.SECONDS);
      return new SreServer(process, URI.create(url));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "sre serve did not get ready; its log: " + Files.readString(home.resolve("serve.log")),
          e);
    }
  }

  private static String readyUrl(InputStream stdout) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, UTF_8));
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        Matcher m = READY.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("sre serve ended without a ready line");
  }

  URI uri(String path) {
    return baseUri.resolve(path);
  }

  /** SIGTERM, as Ctrl-C would: the framework stops cleanly and the process exits. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  /** A fresh home with the router test agents, teams, hashed API keys and router limits. */
  static Path home(String routerConfig) throws IOException {
    Path home = Files.createTempDirectory("sre-router-it-");
    Path agents = Files.createDirectories(home.resolve("test-agents"));
    for (String name :
        List.of(
            "public-echo", "agent-a", "agent-b", "sleeper", "too-slow", "file-keeper", "ticker")) {
      try (InputStream in =
          SreServer.class.getResourceAsStream("/router-agents/" + name + ".smyth")) {
        Files.copy(in, agents.resolve(name + ".smyth"));
      }
    }
    Files.writeString(
        home.resolve("accounts.json"),
        "{\"team-a\":{\"users\":{\"alice\":true},\"agents\":{\"agent-a\":true}},"
            + "\"team-b\":{\"users\":{\"bob\":true},\"agents\":{\"agent-b\":true}}}");
    Files.writeString(
        home.resolve("vault.json"),
        "{\"sre-apikeys\":{\"apikey:"
            + RouterClient.sha256(RouterClient.ALICE_KEY)
            + "\":\"alice\",\"apikey:"
            + RouterClient.sha256(RouterClient.BOB_KEY)
            + "\":\"bob\"}}");
    Path etc = Files.createDirectories(home.resolve("etc"));
    Files.writeString(etc.resolve("sre.router.cfg"), routerConfig);
    return home;
  }
}
