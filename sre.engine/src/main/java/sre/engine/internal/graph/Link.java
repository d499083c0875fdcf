package sre.engine.internal.graph;

/** One connection into a target: which output of the source feeds which input of the target. */
public record Link(int sourceOutput, int targetInput) {}
