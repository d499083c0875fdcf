package sre.kernel.internal.code;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import sre.api.code.CodeConnector;
import sre.api.code.CodeExecution;
import sre.api.code.CodeRequester;
import sre.api.code.CodeResult;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessDeniedException;
import sre.api.security.AccessRole;
import sre.kernel.internal.select.ConnectorIo;
import sre.kernel.internal.select.ConnectorUnavailableException;

/**
 * Code executions of one candidate. SRE checks nothing here (its Code ACL is always Read); here
 * anonymous callers are refused, as for vault, NKV, vectors and models: running code spends the
 * host's CPU, so it is reached only through an agent, a user, a team or the system.
 */
final class ScopedCode implements CodeRequester {
  /** What ECMASandbox and ServerlessCode report when nothing can run their code. */
  static final String NO_CONNECTOR =
      "No Code connector is bound: install one (sre.connector.rhino, the ECMASandbox connector)"
          + " or check connector.target in etc/sre.code.cfg";

  private final AccessCandidate candidate;
  private final ConnectorIo<CodeConnector> io;

  ScopedCode(AccessCandidate candidate, ConnectorIo<CodeConnector> io) {
    this.candidate = candidate;
    this.io = io;
  }

  @Override
  public CompletionStage<CodeResult> execute(CodeExecution execution) {
    if (candidate.role() == AccessRole.PUBLIC) {
      return CompletableFuture.failedFuture(new AccessDeniedException(candidate.read("code")));
    }
    return io.call(c -> c.execute(execution))
        .exceptionallyCompose(
            e ->
                CompletableFuture.failedFuture(
                    unwrap(e) instanceof ConnectorUnavailableException gone
                        ? new IllegalStateException(NO_CONNECTOR, gone)
                        : e));
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }
}
