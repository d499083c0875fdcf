package sre.components.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.Binaries;
import sre.api.component.support.BinaryValue;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.SmythFs;
import sre.api.component.support.TemplateString;
import sre.api.runtime.Router;
import sre.api.storage.PublicFiles;
import sre.api.storage.Storage;

/**
 * FileStore: stores {@code Data} at {@code
 * smythfs://<agent>.agent/components_data/<uid>[.<name>].<ext>} through the Storage service, with
 * the {@code ttl} (default one day) as metadata, and answers the file's public URL.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("FileStore")
public final class FileStoreComponent implements sre.api.component.Component {
  private final SecureRandom random = new SecureRandom();

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Storage storage = call.run().service(Storage.class);
    if (storage == null) {
      return Outputs.error("No Storage service available");
    }
    BinaryValue file = binary(call.inputs().get("Data"));
    if (file == null || file.data() == null) {
      return Outputs.error("Invalid or unreadable Data input");
    }
    Object rawName = call.config().get("name");
    String name =
        JsValues.truthy(rawName)
            ? TemplateString.parse(String.valueOf(rawName), call.inputs())
            : "";
    String extension = SmythFs.extension(file.mimetype());
    String fileName =
        uid() + (name.isEmpty() ? "" : "." + name) + (extension.isEmpty() ? "" : "." + extension);
    String uri = SmythFs.agentUri(call.run().agentId(), "components_data/" + fileName);
    Object ttl = call.config().get("ttl");
    Map<String, String> metadata =
        Map.of(
            "ContentType",
            file.mimetype(),
            "ttl",
            JsValues.truthy(ttl) ? JsValues.toJsString(ttl) : "86400");
    String resourceId = SmythFs.resourceId(uri);
    return storage
        .requester(call.run().candidate())
        .write(resourceId, file.data(), sre.api.security.Acl.empty(), metadata)
        .thenCompose(v -> publicUrl(call, uri, resourceId, extension))
        .thenCompose(url -> Outputs.of("Url", url))
        .exceptionally(Outputs::failure);
  }

  /**
   * The link the router serves ({@code PublicFiles}); a run without that kernel service (a bare
   * engine in tests) gets the URL's form only, which nothing serves.
   */
  private static CompletionStage<String> publicUrl(
      ComponentCall call, String uri, String resourceId, String extension) {
    PublicFiles links = call.run().service(PublicFiles.class);
    if (links != null) {
      return links.resourceUrl(call.run().candidate(), resourceId, extension);
    }
    Router router = call.run().service(Router.class);
    return CompletableFuture.completedFuture(
        SmythFs.publicUrl(router == null ? null : router.baseUrl(), uri));
  }

  /** SRE's {@code BinaryInput.from}: binaries as typed, base64 decoded, other text as UTF-8. */
  private static BinaryValue binary(Object data) {
    Object typed = data instanceof BinaryValue ? data : Binaries.fromValue(data, "Data");
    if (typed instanceof BinaryValue b && b.data() != null) {
      return b;
    }
    if (data instanceof String s) {
      return new BinaryValue(s.getBytes(StandardCharsets.UTF_8), "text/plain", "Data.txt", null);
    }
    if (data instanceof Map || data instanceof java.util.List) {
      byte[] json = Json.stringify(data).getBytes(StandardCharsets.UTF_8);
      return new BinaryValue(json, "application/json", "Data.json", null);
    }
    return null;
  }

  private String uid() {
    byte[] bytes = new byte[9];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).replaceAll("[+/=]", "");
  }
}
