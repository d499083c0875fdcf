package sre.api.log;

import java.time.Instant;

/**
 * One component call of an agent run, as SRE's log connectors receive it. {@code input} and {@code
 * output} are JSON text, already truncated by the caller if large.
 */
public record CallLog(
    String agentId,
    String runId,
    String componentId,
    String sourceId,
    String input,
    String output,
    Instant inputTimestamp,
    Instant outputTimestamp,
    String error) {}
