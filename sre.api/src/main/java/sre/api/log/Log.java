package sre.api.log;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.security.AccessCandidate;

/** Log subsystem: records call logs of agent runs. Only agent and system candidates may log. */
@ProviderType
public interface Log {
  CompletionStage<Void> log(AccessCandidate candidate, CallLog entry);
}
