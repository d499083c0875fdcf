package sre.router.internal;

import java.util.Collection;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;
import sre.api.runtime.Router;

/**
 * The {@link Router} service (the kernel's boot step 3): registered while an HTTP service runtime
 * is up, with the first endpoint it announces as base URL. In the embedded runtime Felix HTTP only
 * starts a connector under {@code sre serve}, so a plain {@code sre status} shows HTTP as skipped.
 */
@Component(service = Router.class)
public final class HttpRouter implements Router {
  private final String baseUrl;

  @Activate
  public HttpRouter(
      @Reference(
              service = HttpServiceRuntime.class,
              target = "(" + HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT + "=*)")
          Map<String, Object> runtimeProperties) {
    this.baseUrl =
        endpoint(runtimeProperties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT));
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  /** {@code osgi.http.endpoint} is a String, String[] or collection; trailing slash dropped. */
  static String endpoint(Object property) {
    Object first = property;
    if (property instanceof String[] array) {
      first = array.length == 0 ? null : array[0];
    } else if (property instanceof Collection<?> list) {
      first = list.isEmpty() ? null : list.iterator().next();
    }
    String url = first == null ? "" : first.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
