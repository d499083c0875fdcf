package sre.api.component;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One workflow step. Stateless: everything a call needs comes in the {@link ComponentCall}. The
 * returned map holds output values by output name plus SRE's reserved keys ({@code _error}, {@code
 * _debug}, {@code _in_progress}, ...). A component that waits returns an incomplete stage instead
 * of blocking.
 */
@ConsumerType
public interface Component {
  CompletionStage<Map<String, Object>> process(ComponentCall call);
}
