package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.llm.Llm;
import sre.api.vectordb.VectorDb;
import sre.api.vectordb.VectorDbRequester;
import sre.api.vectordb.VectorMatch;

/**
 * DataSourceLookup (spec §6.3): embeds {@code Query}, searches the namespace with topK = max(topK,
 * 50), keeps matches scoring at least {@code scoreThreshold} (0.001), then the first topK, as
 * strings or {@code {content, metadata?, score?}}. SRE's LLM post-processing is a non-working stub
 * there and is not applied here either.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.DataSourceLookup")
@Designate(ocd = DataSourceConfig.class)
@ComponentName("DataSourceLookup")
public final class DataSourceLookupComponent implements sre.api.component.Component {
  private final String embeddingModel;

  @Activate
  public DataSourceLookupComponent(DataSourceConfig config) {
    this(config.embeddingModel());
  }

  DataSourceLookupComponent(String embeddingModel) {
    this.embeddingModel = embeddingModel;
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    String namespace = DataSources.label(String.valueOf(config.getOrDefault("namespace", "")));
    int topK = number(config.get("topK"), 3);
    double threshold =
        config.get("scoreThreshold") == null
            ? 0.001
            : JsValues.toNumber(config.get("scoreThreshold"));
    boolean withMeta = JsValues.truthy(config.get("includeMetadata"));
    boolean withScore = JsValues.truthy(config.get("includeScore"));
    VectorDb vectors = call.run().service(VectorDb.class);
    Llm llm = call.run().service(Llm.class);
    if (vectors == null || llm == null) {
      return Outputs.error("DataSourceLookup needs the VectorDB and LLM services");
    }
    VectorDbRequester db = vectors.requester(call.run().candidate());
    String query = JsValues.toJsString(call.inputs().get("Query"));
    return db.namespaceExists(namespace)
        .thenCompose(
            exists -> {
              if (!exists) {
                throw new IllegalStateException("Namespace does not exist");
              }
              return llm.requester(call.run().candidate()).embed(embeddingModel, List.of(query));
            })
        .thenCompose(vector -> db.search(namespace, vector.get(0), Math.max(topK, 50)))
        .thenApply(
            matches -> {
              List<Object> results = new ArrayList<>();
              for (VectorMatch m : matches) {
                if (results.size() < topK && m.score() >= threshold) {
                  results.add(result(m, withMeta, withScore));
                }
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Results", results);
              return out;
            })
        .exceptionally(Outputs::failure);
  }

  private static Object result(VectorMatch m, boolean withMeta, boolean withScore) {
    String text = m.record().text() == null ? "" : m.record().text();
    if (!withMeta && !withScore) {
      return text;
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("content", text);
    if (withMeta) {
      r.put("metadata", userMetadata(m.record().metadata().get("user_metadata")));
    }
    if (withScore) {
      r.put("score", m.score());
    }
    return r;
  }

  /** The parsed {@code user_metadata}, or {@code {}} when absent. */
  private static Object userMetadata(String stored) {
    if (stored == null) {
      return new LinkedHashMap<>();
    }
    Object parsed = Json.parseLenient(stored);
    if (parsed instanceof String s) {
      Object inner = Json.parseLenient(s);
      return inner == Json.INVALID ? (s.isEmpty() ? new LinkedHashMap<>() : s) : inner;
    }
    return parsed == Json.INVALID ? new LinkedHashMap<>() : parsed;
  }

  private static int number(Object v, int fallback) {
    double d = v == null ? Double.NaN : JsValues.toNumber(v);
    return Double.isNaN(d) || d <= 0 ? fallback : (int) d;
  }
}
