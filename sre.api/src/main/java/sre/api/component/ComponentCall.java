package sre.api.component;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The arguments of one component execution. */
@ProviderType
public interface ComponentCall {
  /** The component's id in the agent graph. */
  String componentId();

  /** Input values by input name (agent variables merged under them), typed as declared. */
  Map<String, Object> inputs();

  /** The component's {@code data} object from the {@code .smyth} file. */
  Map<String, Object> config();

  /** The run this call belongs to. */
  RunContext run();
}
