package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.Binaries;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.llm.Llm;
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvRequester;
import sre.api.vectordb.VectorDb;
import sre.api.vectordb.VectorDbRequester;
import sre.api.vectordb.VectorRecord;

/**
 * DataSourceIndexer (spec §6.3, §2.4): chunks {@code Source}, embeds the chunks through the LLM
 * service and stores them in the namespace as datasource {@code <team>::<namespace>::<id>};
 * re-indexing an id replaces its vectors.
 */
@Component(
    service = sre.api.component.Component.class,
    configurationPid = "sre.components.DataSourceIndexer")
@Designate(ocd = DataSourceConfig.class)
@ComponentName("DataSourceIndexer")
public final class DataSourceIndexerComponent implements sre.api.component.Component {
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9\\-_.]+$");
  private final String embeddingModel;

  @Activate
  public DataSourceIndexerComponent(DataSourceConfig config) {
    this(config.embeddingModel());
  }

  DataSourceIndexerComponent(String embeddingModel) {
    this.embeddingModel = embeddingModel;
  }

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return JsValues.truthy(config.get("id")) ? Optional.empty() : Optional.of("\"id\" is required");
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    String namespace = String.valueOf(config.getOrDefault("namespace", ""));
    String id = TemplateString.parse(String.valueOf(config.get("id")), call.inputs()).strip();
    if (!ID.matcher(id).matches()) {
      return Outputs.error(
          "Invalid id. Only alphanumeric characters, dashes, underscores and dots are allowed");
    }
    Object rawSource = call.inputs().get("Source");
    String source = rawSource instanceof String s ? s : Json.stringify(rawSource);
    if (Binaries.isUrl(source.strip())) {
      return Outputs.error("URLs are not supported yet");
    }
    VectorDb vectors = call.run().service(VectorDb.class);
    Llm llm = call.run().service(Llm.class);
    Nkv nkv = call.run().service(Nkv.class);
    if (vectors == null || llm == null || nkv == null) {
      return Outputs.error("DataSourceIndexer needs the VectorDB, LLM and NKV services");
    }
    List<String> chunks;
    try {
      chunks =
          new TextChunks(
                  size(config, "chunkSize", TextChunks.DEFAULT_SIZE),
                  size(config, "chunkOverlap", TextChunks.DEFAULT_OVERLAP))
              .split(source);
    } catch (IllegalArgumentException e) {
      return Outputs.error(e.getMessage());
    }
    String dsId = DataSources.datasourceId(call.run(), namespace, id);
    Object name = config.get("name");
    String label =
        JsValues.truthy(name)
            ? TemplateString.parse(String.valueOf(name), call.inputs())
            : "Untitled";
    Object meta = config.get("metadata");
    String userMetadata =
        JsValues.truthy(meta) ? TemplateString.parse(String.valueOf(meta), call.inputs()) : "";
    VectorDbRequester db = vectors.requester(call.run().candidate());
    NkvRequester records = nkv.requester(call.run().candidate());
    String recordKey = DataSources.recordKey(namespace, dsId);
    Map<String, String> vectorMeta = new LinkedHashMap<>();
    vectorMeta.put("namespaceId", namespace);
    vectorMeta.put("datasourceId", dsId);
    vectorMeta.put("datasourceLabel", label);
    vectorMeta.put("user_metadata", Json.stringify(userMetadata));
    return db.namespaceExists(namespace)
        .thenCompose(
            exists ->
                exists ? CompletableFuture.completedFuture(null) : db.createNamespace(namespace))
        .thenCompose(v -> records.get(DataSources.RECORDS, recordKey))
        .thenCompose(
            old ->
                old.isEmpty()
                    ? CompletableFuture.completedFuture(null)
                    : db.delete(namespace, DataSources.vectorIds(Json.parse(old.get()))))
        .thenCompose(v -> llm.requester(call.run().candidate()).embed(embeddingModel, chunks))
        .thenCompose(
            embeddings -> {
              List<VectorRecord> batch = new ArrayList<>();
              for (int i = 0; i < chunks.size(); i++) {
                batch.add(
                    new VectorRecord(
                        dsId + "_" + UUID.randomUUID(),
                        embeddings.get(i),
                        chunks.get(i),
                        vectorMeta));
              }
              Map<String, Object> record = new LinkedHashMap<>();
              record.put("id", dsId);
              record.put("name", label);
              record.put("namespaceId", namespace);
              record.put("vectorIds", batch.stream().map(VectorRecord::id).toList());
              return db.upsert(namespace, batch)
                  .thenCompose(
                      v -> records.set(DataSources.RECORDS, recordKey, Json.stringify(record)));
            })
        .thenApply(
            v -> {
              Map<String, Object> success = new LinkedHashMap<>();
              success.put("result", "OK");
              success.put("id", dsId);
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Success", success);
              return out;
            })
        .exceptionally(Outputs::failure);
  }

  private static int size(Map<String, Object> config, String key, int fallback) {
    Object v = config.get(key);
    double d = v == null ? Double.NaN : JsValues.toNumber(v);
    return Double.isNaN(d) || d <= 0 && !key.equals("chunkOverlap") ? fallback : (int) d;
  }
}
