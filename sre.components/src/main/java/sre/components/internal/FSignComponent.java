package sre.components.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TemplateString;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;

/**
 * FSign: HMAC (default) or RSA signature of {@code Data}. The key is input {@code Key} or {@code
 * data.key}, with {@code {{input}}} placeholders and {@code {{KEY(name)}}} vault keys of the
 * agent's team resolved.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("FSign")
public final class FSignComponent implements sre.api.component.Component {

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Map<String, Object> config = call.config();
    Map<String, Object> inputs = call.inputs();
    Object key = JsValues.truthy(inputs.get("Key")) ? inputs.get("Key") : config.get("key");
    CompletionStage<Object> resolvedKey;
    if (key instanceof String s) {
      String templated = TemplateString.parse(s, inputs);
      resolvedKey =
          TemplateString.resolveVaultKeys(templated, name -> vaultLookup(call, name))
              .thenApply(k -> (Object) k);
    } else {
      resolvedKey = CompletableFuture.completedFuture(key);
    }
    return resolvedKey
        .thenApply(k -> sign(call, k, config.containsKey("key") || inputs.containsKey("Key")))
        .exceptionally(e -> Map.of("_error", String.valueOf(e.getMessage())));
  }

  private static CompletionStage<Optional<String>> vaultLookup(ComponentCall call, String name) {
    Vault vault = call.run().service(Vault.class);
    if (vault == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no vault"));
    }
    return vault.requester(AccessCandidate.team(call.run().teamId())).get(name);
  }

  private static Map<String, Object> sign(ComponentCall call, Object key, boolean keyPresent) {
    Map<String, Object> config = call.config();
    try {
      Object data = call.inputs().get("Data");
      boolean dataPresent = call.inputs().containsKey("Data");
      String transform = text(config.get("dataTransform"), "None");
      if (!(data instanceof String) && dataPresent) {
        if (transform.equals("Stringify")) {
          data = Json.stringify(data);
        } else if (transform.equals("Querystring")) {
          data = QueryStrings.stringify(data);
        }
      }
      String method = text(config.get("signMethod"), "HMAC");
      String hash = text(config.get("hashType"), "md5");
      String encoding = text(config.get("encoding"), "hex");
      byte[] signature;
      if (method.equals("RSA")) {
        byte[] bytes = NodeBuffers.cryptoData(data, dataPresent);
        signature =
            RsaSigner.sign(
                bytes, keyText(key, keyPresent), hash, text(config.get("RSA_padding"), ""));
        encoding = encoding.toLowerCase(java.util.Locale.ROOT);
      } else if (method.equals("HMAC")) {
        signature =
            Hmacs.sign(hash, keyBytes(key, keyPresent), NodeBuffers.cryptoData(data, dataPresent));
      } else {
        return Map.of();
      }
      return Map.of("Signature", NodeBuffers.encode(signature, encoding));
    } catch (RuntimeException e) {
      return Map.of("_error", String.valueOf(e.getMessage()));
    }
  }

  private static String text(Object value, String fallback) {
    return JsValues.truthy(value) ? JsValues.toJsString(value) : fallback;
  }

  private static byte[] keyBytes(Object key, boolean present) {
    return keyText(key, present).getBytes(StandardCharsets.UTF_8);
  }

  private static String keyText(Object key, boolean present) {
    if (key instanceof String s) {
      return s;
    }
    throw NodeErrors.argument("key", NodeErrors.KEY_TYPES, key, key != null);
  }
}
