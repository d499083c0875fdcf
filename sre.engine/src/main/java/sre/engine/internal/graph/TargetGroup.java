package sre.engine.internal.graph;

import java.util.List;

/**
 * The connections from one source component to one target, in file order (SRE propagates per target
 * and merges several links into one input).
 */
public record TargetGroup(int target, List<Link> links) {}
