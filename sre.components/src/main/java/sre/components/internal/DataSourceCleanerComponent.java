package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.nkv.Nkv;
import sre.api.nkv.NkvRequester;
import sre.api.vectordb.VectorDb;
import sre.api.vectordb.VectorDbRequester;

/** DataSourceCleaner (spec §6.3): deletes datasource {@code <team>::<namespace>::<id>}. */
@Component(service = sre.api.component.Component.class)
@ComponentName("DataSourceCleaner")
public final class DataSourceCleanerComponent implements sre.api.component.Component {
  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    String namespace =
        DataSources.stripLegacy(String.valueOf(call.config().getOrDefault("namespaceId", "")));
    String id =
        TemplateString.parse(String.valueOf(call.config().getOrDefault("id", "")), call.inputs());
    VectorDb vectors = call.run().service(VectorDb.class);
    Nkv nkv = call.run().service(Nkv.class);
    if (vectors == null || nkv == null) {
      return Outputs.error("DataSourceCleaner needs the VectorDB and NKV services");
    }
    String dsId = DataSources.datasourceId(call.run(), namespace, id);
    String key = DataSources.recordKey(namespace, dsId);
    VectorDbRequester db = vectors.requester(call.run().candidate());
    NkvRequester records = nkv.requester(call.run().candidate());
    return records
        .get(DataSources.RECORDS, key)
        .thenCompose(
            record ->
                record.isEmpty()
                    ? CompletableFuture.<Void>failedFuture(
                        new IllegalArgumentException("Data source not found"))
                    : db.delete(namespace, DataSources.vectorIds(Json.parse(record.get()))))
        .thenCompose(v -> records.delete(DataSources.RECORDS, key))
        .thenApply(
            v -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Success", true);
              return out;
            })
        .exceptionally(Outputs::failure);
  }
}
