package sre.api.code;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Code SPI: runs one execution and reports its result. The kernel has checked the caller before the
 * connector sees the call, so connectors need no access logic. Never runs the script on the calling
 * thread when that could hold it long: the stage completes when the script is done.
 *
 * <p>Contract shared by every connector: {@link CodeResult#errors()} holds {@value #NO_MAIN} when
 * the source declares no root-level {@code async function main(...)}, the thrown error's message
 * when main throws, and a message starting with {@value #STOPPED} when a limit stopped the script.
 */
@ConsumerType
public interface CodeConnector {
  /** The error of a source without a root-level {@code async function main(...)} (SRE's text). */
  String NO_MAIN = "No main function found at root level";

  /** How the error of a script stopped by a limit begins. */
  String STOPPED = "Code execution stopped: ";

  CompletionStage<CodeResult> execute(CodeExecution execution);
}
