package sre.api.agent;

/**
 * What a run returned: SRE's {@code data} value (JSON as plain Java values) and an HTTP-like status
 * (200 unless the request addressed no endpoint).
 */
public record AgentResponse(int status, Object data) {}
