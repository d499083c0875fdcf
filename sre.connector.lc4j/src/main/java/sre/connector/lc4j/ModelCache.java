package sre.connector.lc4j;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * langchain4j models of one connector instance by key (API key, plus the model id for models that
 * fix it at build time): building one per call costs more than the call's own overhead budget.
 * Bounded: past {@value #MAX} entries the cache starts over.
 */
public final class ModelCache<M> {
  private static final int MAX = 256;

  private final Map<String, M> models = new ConcurrentHashMap<>();

  public M get(String key, Function<String, M> build) {
    if (models.size() > MAX) {
      models.clear();
    }
    return models.computeIfAbsent(key, build);
  }
}
