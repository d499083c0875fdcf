package sre.api.llm;

import java.time.Instant;

/**
 * One ledger line: a request that reached a provider and was answered (for streams: at the end).
 * {@code candidate} is who asked ({@code AC:R[agent]:ID[...]}), {@code agentId} empty when the
 * caller was not an agent, {@code operation} is {@code chat}, {@code stream}, {@code embed} or
 * {@code image}, cost in USD at the registry's prices.
 */
public record UsageRecord(
    Instant at,
    String candidate,
    String agentId,
    String teamId,
    String model,
    String provider,
    String connectorId,
    String operation,
    TokenUsage usage,
    double cost) {}
