package sre.components.internal;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP clients of one component instance: one shared client, plus one per HTTP proxy a call
 * asks for (the JDK client binds its proxy at build time). Built on activate, released on
 * deactivate; Java 17's {@link HttpClient} has no {@code close()}, so releasing drops every
 * reference and later calls fail instead of reviving a client.
 */
final class HttpClients {
  private final Duration connectTimeout;
  private final Map<String, HttpClient> byProxy = new ConcurrentHashMap<>();
  private volatile boolean released;

  HttpClients(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The shared client. */
  HttpClient client() {
    return proxied("");
  }

  /** The client for an {@code http(s)://host:port} proxy ({@code ""}: no proxy). */
  HttpClient proxied(String proxy) {
    if (released) {
      throw new IllegalStateException("The component has been stopped");
    }
    return byProxy.computeIfAbsent(proxy, this::build);
  }

  void release() {
    released = true;
    byProxy.clear();
  }

  private HttpClient build(String proxy) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (!proxy.isEmpty()) {
      URI uri = URI.create(proxy);
      int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      builder.proxy(ProxySelector.of(new InetSocketAddress(uri.getHost(), port)));
    }
    return builder.build();
  }
}
