package sre.api.llm;

import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/** LLM subsystem: routes a model name to a provider connector. */
@ProviderType
public interface Llm {
  LlmRequester requester(AccessCandidate candidate);
}
