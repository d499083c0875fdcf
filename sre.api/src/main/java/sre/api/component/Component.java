package sre.api.component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One workflow step. Stateless: everything a call needs comes in the {@link ComponentCall}. The
 * returned map holds output values by output name plus SRE's reserved keys ({@code _error}, {@code
 * _debug}, {@code _in_progress}, ...); a key that is absent is SRE's {@code undefined}, a key
 * mapped to {@code null} is JSON null. A component that waits returns an incomplete stage instead
 * of blocking.
 */
@ConsumerType
public interface Component {
  CompletionStage<Map<String, Object>> process(ComponentCall call);

  /**
   * Checks the component's {@code data} before it runs (SRE's config schema). Returns the
   * validation message (e.g. {@code "Output Format" must be one of [full, minimal, raw]}); the
   * engine turns it into SRE's {@code Schema Validation error: ...} result. Default: valid.
   */
  default Optional<String> validateConfig(Map<String, Object> config) {
    return Optional.empty();
  }

  /**
   * SRE's {@code postProcess}: how this component's record {@code {id, name, result}} appears in
   * the final response. The engine has already removed {@code _debug} and a falsy {@code _error}.
   * {@code call.inputs()} is empty here. Default: the record unchanged.
   */
  default Object postProcess(Map<String, Object> record, ComponentCall call) {
    return record;
  }
}
