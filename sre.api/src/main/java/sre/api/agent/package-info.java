/**
 * Agent data and agent runs: where agent definitions come from ({@link sre.api.agent.AgentData}),
 * how a request runs an agent ({@link sre.api.agent.AgentRunner}) and which runs are in flight or
 * recently finished ({@link sre.api.agent.AgentRuns}).
 */
@Export
@Version("1.1.0")
package sre.api.agent;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
