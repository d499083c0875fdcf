package sre.connector.local.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.agent.AgentData;
import sre.api.agent.AgentSource;
import sre.api.connector.ConnectorName;

/**
 * SRE's {@code Local} agent data: the {@code .smyth} files of one folder (see {@link AgentFolder}).
 * An agent is found by its JSON {@code id} first, else by its file name with or without {@code
 * .smyth}; when two files claim one id, the first by file name wins. Files without an id get a
 * stable one from {@link AgentIds}. SRE's dev/prod folders and versions are not modelled.
 */
@Component(service = AgentData.class, configurationPid = LocalAgentData.PID)
@Designate(ocd = LocalAgentDataConfig.class)
@ConnectorName("Local")
public final class LocalAgentData implements AgentData {

  static final String PID = "sre.connector.local.agents";

  private final Logger logger = LoggerFactory.getLogger(getClass());
  private final AgentFolder folder;

  @Activate
  public LocalAgentData(BundleContext context, LocalAgentDataConfig config) {
    this(SreHome.resolve(context, config.folder(), "agents"));
  }

  LocalAgentData(Path folder) {
    this.folder = new AgentFolder(folder, logger);
    logger.info("Agents from {}", folder);
  }

  @Override
  public Optional<AgentSource> find(String idOrName) {
    List<AgentSource> agents = folder.agents();
    return agents.stream()
        .filter(agent -> agent.id().equals(idOrName))
        .findFirst()
        .or(
            () ->
                agents.stream()
                    .filter(
                        agent ->
                            agent.name().equals(idOrName)
                                || agent.name().equals(idOrName + AgentIds.EXTENSION))
                    .findFirst());
  }

  @Override
  public List<AgentSource> list() {
    return folder.agents();
  }
}
