package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import sre.api.code.Code;
import sre.api.code.CodeExecution;
import sre.api.code.CodeResult;
import sre.api.component.ComponentCall;

/**
 * Runs ECMASandbox's and ServerlessCode's JavaScript through the run's Code service (scoped to the
 * run's candidate) and shapes the answer as SRE does: {@code Output} = main's value, or {@code
 * _error} = the list of errors with {@code Output} undefined. No thread waits for the code.
 */
final class CodeRuns {
  /** When the runtime has no Code service at all (the kernel names a missing connector itself). */
  static final String NO_CODE_SERVICE = "No Code connector is bound: no Code service is running";

  private CodeRuns() {}

  static CompletionStage<Map<String, Object>> run(ComponentCall call, CodeExecution execution) {
    Code code = call.run().service(Code.class);
    if (code == null) {
      return Outputs.done(failure(NO_CODE_SERVICE));
    }
    return code.requester(call.run().candidate())
        .execute(execution)
        .handle((result, error) -> error == null ? outputs(result) : failure(message(error)));
  }

  private static Map<String, Object> outputs(CodeResult result) {
    if (!result.success()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("_error", result.errors());
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Output", result.output());
    return out;
  }

  /** SRE's failed execution: {@code Output} undefined and the errors as a list. */
  static Map<String, Object> failure(String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("_error", List.of(message));
    return out;
  }

  private static String message(Throwable error) {
    return Outputs.message(error);
  }
}
