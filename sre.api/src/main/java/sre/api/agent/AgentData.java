package sre.api.agent;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where agent definitions come from (SRE's AgentData connector), e.g. a folder of {@code .smyth}
 * files.
 */
@ConsumerType
public interface AgentData {
  /** The agent with this id or stored under this name (with or without {@code .smyth}). */
  Optional<AgentSource> find(String idOrName);

  /** Every agent, sorted by name. */
  List<AgentSource> list();
}
