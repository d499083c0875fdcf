package sre.api.runtime;

/**
 * A connector service known to a subsystem: its name and instance id, service ranking, and whether
 * the subsystem currently routes new calls to it.
 */
public record ConnectorBinding(
    String subsystem,
    String connectorName,
    String instanceId,
    int ranking,
    long serviceId,
    boolean selected) {}
