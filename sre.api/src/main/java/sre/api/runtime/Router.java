package sre.api.runtime;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The HTTP router, registered by the bundle that serves agents over HTTP. Boot step 3 ("HTTP
 * routing") waits for nothing when no router is installed (a CLI run) and reports it when one is.
 */
@ConsumerType
public interface Router {
  /** Where agents are served, e.g. {@code http://127.0.0.1:8080}. */
  String baseUrl();
}
