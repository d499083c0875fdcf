package sre.api.code;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** Code executions of one candidate. */
@ProviderType
public interface CodeRequester {
  /**
   * Runs the execution's {@code main}. A script that fails, has no {@code main} or exceeds its
   * limits completes normally with {@link CodeResult#errors()}; the stage fails only when the code
   * could not be run at all (no connector, access refused, executor full or stopping).
   */
  CompletionStage<CodeResult> execute(CodeExecution execution);
}
