package sre.connector.bedrock.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;

/**
 * Any failure of a Converse call as an {@link LlmProviderException} the kernel's retry policy
 * understands. Messages carry the status, AWS's error code and a short excerpt of its text, never
 * the request or the credentials; on 401/403 AWS's text is dropped altogether.
 */
final class BedrockFailures {
  private static final int EXCERPT = 200;

  private BedrockFailures() {}

  static Throwable toProvider(String provider, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CancellationException || t instanceof LlmProviderException) {
        return t;
      }
      if (t instanceof AwsServiceException aws) {
        return fromService(provider, aws);
      }
      if (t instanceof ApiCallTimeoutException
          || t instanceof ApiCallAttemptTimeoutException
          || t instanceof SocketTimeoutException) {
        return new LlmProviderException(
            Kind.TIMEOUT, 0, null, provider + " did not answer in time", null);
      }
      if (t instanceof ConnectException) {
        return new LlmProviderException(
            Kind.CONNECTION, 0, null, provider + " is unreachable: " + t.getMessage(), null);
      }
      // The SDK parses with its shaded Jackson: a JsonParseException (an IOException) means the
      // answer was not JSON, other IOExceptions that the connection broke mid-answer.
      if (t instanceof IOException && t.getClass().getSimpleName().startsWith("Json")) {
        return new LlmProviderException(
            Kind.MALFORMED_RESPONSE, 0, null, provider + " answered invalid JSON", null);
      }
      if (t instanceof IOException) {
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
        provider + " call failed: " + failure.getClass().getSimpleName(),
        null);
  }

  private static LlmProviderException fromService(String provider, AwsServiceException aws) {
    int status = aws.statusCode();
    String code = aws.awsErrorDetails() == null ? "" : aws.awsErrorDetails().errorCode();
    code = code == null ? "" : code;
    Kind kind = kind(status, code);
    String text =
        kind == Kind.AUTHENTICATION
            ? "the credentials were refused"
            : excerpt(aws.awsErrorDetails() == null ? "" : aws.awsErrorDetails().errorMessage());
    return new LlmProviderException(
        kind,
        status,
        retryAfter(aws),
        provider + " answered HTTP " + status + (code.isEmpty() ? "" : " " + code) + ": " + text,
        null);
  }

  /** By status, except where AWS's error code says more (a throttle sent as 400, say). */
  static Kind kind(int status, String code) {
    return switch (code) {
      case "ThrottlingException", "TooManyRequestsException" -> Kind.RATE_LIMITED;
      case "ModelTimeoutException" -> Kind.TIMEOUT;
      case "ServiceUnavailableException", "InternalServerException", "ModelNotReadyException" ->
          Kind.SERVER_ERROR;
      default ->
          status == 429
              ? Kind.RATE_LIMITED
              : status >= 500
                  ? Kind.SERVER_ERROR
                  : status == 401 || status == 403
                      ? Kind.AUTHENTICATION
                      : status == 408 ? Kind.TIMEOUT : Kind.BAD_REQUEST;
    };
  }

  private static Duration retryAfter(AwsServiceException aws) {
    if (aws.awsErrorDetails() == null || aws.awsErrorDetails().sdkHttpResponse() == null) {
      return null;
    }
    String value =
        aws.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(value.trim());
      return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d =
            Duration.between(
                java.time.Instant.now(),
                ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
