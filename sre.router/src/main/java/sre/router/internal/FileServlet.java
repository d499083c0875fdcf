package sre.router.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.servlet.AsyncContext;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.storage.PublicFile;
import sre.api.storage.PublicFiles;

/**
 * Serves public file links (spec §3.6, §8.1): {@code GET /_temp/<hash>/<uid>} and {@code GET
 * /storage/<hash>/<uid>.<ext>}, as SRE's router does: 200 with {@code Content-Type}, {@code
 * Content-Disposition: inline} and {@code Content-Length}; an unknown or expired link is 404 text;
 * a failure 500. The file is read without holding a request thread and written without blocking.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/_temp/*", "/storage/*"})
@HttpWhiteboardServletName("sre.router.files")
@HttpWhiteboardServletAsyncSupported
public final class FileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final long TIMEOUT_MILLIS = 60_000;

  private final transient Logger logger = LoggerFactory.getLogger(FileServlet.class);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile PublicFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicFiles current = files;
    if (current == null) {
      text(response, 503, "File links are not available");
      return;
    }
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    AsyncContext async = request.startAsync();
    async.setTimeout(TIMEOUT_MILLIS);
    ResponseChannel channel = new ResponseChannel(async);
    CompletionStage<Optional<PublicFile>> opened = current.open(path);
    opened.whenComplete(
        (file, failure) -> {
          if (failure != null) {
            logger.warn("Serving {} failed", path, failure);
            send(response, channel, 500, "text/plain;charset=UTF-8", bytes("Internal error"), null);
          } else if (file.isEmpty()) {
            send(response, channel, 404, "text/plain;charset=UTF-8", bytes("File not found"), null);
          } else {
            PublicFile f = file.get();
            send(response, channel, 200, f.contentType(), f.data(), f.name());
          }
        });
  }

  private static void send(
      HttpServletResponse response,
      ResponseChannel channel,
      int status,
      String type,
      byte[] body,
      String inlineName) {
    response.setStatus(status);
    response.setContentType(type);
    response.setContentLength(body.length);
    if (inlineName != null) {
      // the name comes from the request path: keep only characters a header cannot misread
      String safe = inlineName.replaceAll("[^A-Za-z0-9._-]", "_");
      response.setHeader("Content-Disposition", "inline; filename=\"" + safe + "\"");
    }
    channel.write(body);
    channel.finish();
  }

  private static void text(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(bytes(message));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
