package sre.api.log;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/** Log backend SPI. */
@ConsumerType
public interface LogConnector {
  CompletionStage<Void> log(CallLog entry);
}
