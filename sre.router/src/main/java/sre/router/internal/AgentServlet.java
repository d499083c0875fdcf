package sre.router.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.servlet.AsyncContext;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.account.Account;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRunner;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;
import sre.api.vault.Vault;

/**
 * Agents as HTTP APIs, one whiteboard servlet for every route (see {@link Route}). Every request
 * goes async at once and is answered through a non-blocking {@link ResponseChannel}, so no
 * container thread waits for a run, the vault or the account subsystem. Services are dynamic and
 * optional: while one is missing the affected routes answer 503 instead of disappearing.
 */
@Component(service = Servlet.class, configurationPid = AgentServlet.PID)
@Designate(ocd = RouterConfig.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletName("sre.router")
@HttpWhiteboardServletAsyncSupported
public final class AgentServlet extends HttpServlet {
  static final String PID = "sre.router";
  private static final long serialVersionUID = 1L;

  /** The container gives up on a request this long after the run timeout (a safety net). */
  private static final long CONTAINER_MARGIN_MILLIS = 10_000;

  private final transient Logger logger = LoggerFactory.getLogger(AgentServlet.class);
  private final transient ObjectMapper mapper = new ObjectMapper();
  private final transient RequestReader reader = new RequestReader(mapper);
  private final transient AgentSpecs specs = new AgentSpecs(mapper);
  private final transient RunLimiter limiter = new RunLimiter();
  private final transient ApiKeys apiKeys = new ApiKeys(() -> this.vault);
  private final transient AgentAccess access = new AgentAccess(() -> this.account);
  private final transient AgentRoutes routes;
  private transient volatile RouterConfig config;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile AgentRunner runner;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile AgentData agentData;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile Vault vault;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile Account account;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile Readiness readiness;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private transient volatile Runtime runtime;

  @Activate
  public AgentServlet(RouterConfig config) {
    this.config = config;
    this.routes =
        new AgentRoutes(
            new AgentRoutes.Services(
                () -> this.runner, () -> this.agentData, () -> this.readiness, () -> this.runtime),
            specs,
            apiKeys,
            access,
            limiter,
            reader);
  }

  @Modified
  void modified(RouterConfig changed) {
    this.config = changed;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RouterConfig limits = config;
    AsyncContext async = request.startAsync();
    async.setTimeout(limits.run_timeout_ms() + CONTAINER_MARGIN_MILLIS);
    ResponseChannel channel = new ResponseChannel(async);
    async.addListener(new AbandonOnTimeout(channel));
    Exchange exchange = new Exchange(response, channel, mapper, logger);
    CompletionStage<?> handled;
    try {
      handled = routes.handle(request, exchange, limits);
    } catch (RuntimeException e) {
      handled = CompletableFuture.failedFuture(e);
    }
    handled.whenComplete(
        (done, failure) -> {
          if (failure != null) {
            exchange.fail(failure);
          }
        });
  }
}
