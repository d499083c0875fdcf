package sre.engine.internal.run;

import sre.api.component.AgentJobs;

/**
 * Who a run is: its id, SRE's session id and workflow request id, whether it is a debug run, the
 * job id when it is an Async fork (else null), and the agent's jobs.
 */
record RunIdentity(
    String runId,
    String sessionId,
    String workflowId,
    boolean debug,
    String jobId,
    AgentJobs jobs) {}
