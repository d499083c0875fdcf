package sre.api.vectordb;

/** A search hit: the record and its similarity score (higher is closer). */
public record VectorMatch(VectorRecord record, double score) {}
