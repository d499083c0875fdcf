/**
 * Agent data and agent runs: where agent definitions come from ({@link sre.api.agent.AgentData})
 * and how a request runs an agent ({@link sre.api.agent.AgentRunner}).
 */
@Export
@Version("1.0.1")
package sre.api.agent;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
