package sre.connector.lc4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;

/**
 * Any failure of a langchain4j call as an {@link LlmProviderException} the kernel's retry policy
 * understands. Messages never carry the API key (it is redacted should a provider echo it) nor the
 * request; on 401/403 the provider's text is dropped altogether, as some echo a key prefix.
 */
public final class Failures {
  private Failures() {}

  public static Throwable toProvider(String provider, Throwable failure, String apiKey) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CancellationException || t instanceof LlmProviderException) {
        return t;
      }
      if (t instanceof ProviderHttpException h) {
        int s = h.statusCode();
        Kind kind =
            s == 429
                ? Kind.RATE_LIMITED
                : s >= 500
                    ? Kind.SERVER_ERROR
                    : s == 401 || s == 403
                        ? Kind.AUTHENTICATION
                        : s == 408 ? Kind.TIMEOUT : Kind.BAD_REQUEST;
        String text =
            kind == Kind.AUTHENTICATION
                ? "the API key was refused"
                : redact(h.getMessage(), apiKey);
        return new LlmProviderException(
            kind, s, h.retryAfter(), provider + " answered HTTP " + s + ": " + text, null);
      }
      if (t instanceof HttpTimeoutException
          || t instanceof dev.langchain4j.exception.TimeoutException) {
        return new LlmProviderException(
            Kind.TIMEOUT, 0, null, provider + " did not answer in time", null);
      }
      if (t instanceof ExchangeHttpClient.StreamCutException) {
        return new LlmProviderException(
            Kind.MALFORMED_RESPONSE, 0, null, provider + ": " + t.getMessage(), null);
      }
      if (t instanceof JsonProcessingException) {
        return new LlmProviderException(
            Kind.MALFORMED_RESPONSE, 0, null, provider + " answered invalid JSON", null);
      }
      if (t instanceof ConnectException) {
        return new LlmProviderException(
            Kind.CONNECTION, 0, null, provider + " is unreachable: " + t.getMessage(), null);
      }
      if (t instanceof java.io.IOException) {
        return new LlmProviderException(
            Kind.MALFORMED_RESPONSE,
            0,
            null,
            provider + ": connection failed mid-answer (" + t.getClass().getSimpleName() + ")",
            null);
      }
    }
    return new LlmProviderException(
        Kind.BAD_REQUEST,
        0,
        null,
        provider + " call failed: " + redact(String.valueOf(failure.getMessage()), apiKey),
        null);
  }

  public static String redact(String text, String apiKey) {
    if (text == null) {
      return "";
    }
    return apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "***");
  }
}
