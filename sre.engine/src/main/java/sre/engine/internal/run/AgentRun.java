package sre.engine.internal.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.component.LoopState;
import sre.api.component.support.Json;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.Node;

/**
 * One request to one agent: SRE's cycle engine (spec §5.4). Ready components of a cycle run
 * concurrently; their outputs are applied in graph order once all have completed, so the run's
 * state is only ever touched by one thread at a time and no thread waits for a component.
 */
final class AgentRun {
  static final int CIRCULAR_LIMIT = 100;
  private static final Pattern PATH =
      Pattern.compile("(^/v[0-9]+\\.[0-9]+?)?(/(api|trigger)/(.+)?)");
  private static final byte NONE = 0;
  private static final byte WAITING = 1;
  private static final byte IN_PROGRESS = 2;
  private static final CompletableFuture<Map<String, Object>> CIRCULAR =
      CompletableFuture.completedFuture(Map.of());

  private final AgentGraph graph;
  private final List<Node> nodes;
  private final AgentRequest request;
  private final EngineServices services;
  private final RunEvents events;
  private final RunContextImpl context;
  private final boolean debug;
  private final boolean[] active;
  private final byte[] status;
  private final Map<String, Object>[] runtimeInput;
  private final Map<String, Object>[] runtimeData;
  private final int[] calls;
  private final List<Map<String, Object>> sessionResults = new ArrayList<>();
  private final List<Map<String, Object>> errorResults = new ArrayList<>();
  private final CompletableFuture<AgentResponse> response = new CompletableFuture<>();
  private final KillSwitch kill;
  private String circularReached;

  @SuppressWarnings("unchecked")
  AgentRun(
      AgentGraph graph,
      AgentRequest request,
      Map<String, String> headers,
      RunListener listener,
      EngineServices services,
      RunIdentity identity,
      KillSwitch kill) {
    this.graph = graph;
    this.kill = kill;
    this.nodes = graph.nodes();
    this.request = request;
    this.services = new PinnedComponents(services);
    this.debug = identity.debug();
    this.events = new RunEvents(listener, identity.runId(), graph.nodes().size());
    this.context =
        new RunContextImpl(
            identity,
            graph.id(),
            graph.teamId(),
            request,
            headers,
            graph.variables(),
            this.services,
            kill);
    int n = nodes.size();
    this.active = new boolean[n];
    this.status = new byte[n];
    this.runtimeInput = new Map[n];
    this.runtimeData = new Map[n];
    this.calls = new int[n];
  }

  RunContextImpl context() {
    return context;
  }

  /** Starts the run; the stage completes with SRE's response. */
  CompletableFuture<AgentResponse> start() {
    Matcher m = PATH.matcher(request.path());
    if (!m.find() || m.group(2) == null) {
      return CompletableFuture.completedFuture(
          new AgentResponse(404, errorData("Endpoint not found")));
    }
    String path = m.group(2);
    String method = request.method().toUpperCase(java.util.Locale.ROOT);
    events.runStarted(graph.id(), method, path);
    int endpoint = graph.endpoint(path, method);
    if (endpoint < 0) {
      return finishWithError("Endpoint " + method + " " + path + " Not Found");
    }
    active[endpoint] = true;
    try {
      loop();
    } catch (RuntimeException e) {
      fail(e);
    }
    return response;
  }

  private void loop() {
    while (true) {
      if (kill.killed()) {
        finishKilled();
        return;
      }
      int[] ready = readyNodes();
      if (ready == null) {
        finish();
        return;
      }
      @SuppressWarnings("unchecked")
      CompletableFuture<Map<String, Object>>[] outputs = new CompletableFuture[ready.length];
      boolean allDone = true;
      for (int k = 0; k < ready.length; k++) {
        outputs[k] = startCall(ready[k]);
        allDone &= outputs[k].isDone();
      }
      if (!allDone) {
        // a kill ends a waiting run at once; the late outputs of its components are dropped
        CompletableFuture.anyOf(CompletableFuture.allOf(outputs), kill.signal())
            .whenComplete(
                (v, e) -> {
                  try {
                    if (kill.killed()) {
                      finishKilled();
                    } else if (completeCycle(ready, outputs)) {
                      loop();
                    }
                  } catch (RuntimeException ex) {
                    fail(ex);
                  }
                });
        return;
      }
      if (!completeCycle(ready, outputs)) {
        return;
      }
    }
  }

  /** Active components without a status, in graph order; null when the run is over. */
  private int[] readyNodes() {
    int count = 0;
    boolean anyActive = false;
    for (int i = 0; i < active.length; i++) {
      if (active[i]) {
        anyActive = true;
        if (status[i] == NONE) {
          count++;
        }
      }
    }
    if (!anyActive || count == 0) {
      return null;
    }
    int[] ready = new int[count];
    int k = 0;
    for (int i = 0; i < active.length; i++) {
      if (active[i] && status[i] == NONE) {
        ready[k++] = i;
      }
    }
    return ready;
  }

  private CompletableFuture<Map<String, Object>> startCall(int i) {
    Node node = nodes.get(i);
    calls[i]++;
    if (circularReached == null && calls[i] > CIRCULAR_LIMIT) {
      circularReached = node.id();
    }
    if (circularReached != null) {
      return CIRCULAR;
    }
    Map<String, Object> stored = runtimeInput(i);
    Map<String, Object> input = Inputs.withDefaults(node, stored, context.variables());
    List<String> missing = Inputs.missing(node, input);
    if (!missing.isEmpty()) {
      status[i] = WAITING;
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("_error", "Missing inputs : " + Json.stringify(missing));
      out.put("_missing_inputs", missing);
      return CompletableFuture.completedFuture(out);
    }
    Component component = services.component(node.name());
    if (component == null) {
      CompletableFuture<Component> back = services.awaitComponent(node.name());
      if (back == null) {
        throw new RunFailure("Component " + node.name() + " not found");
      }
      return back.thenCompose(
          c -> {
            if (c == null) {
              return CompletableFuture.completedFuture(
                  Map.<String, Object>of("_error", "Component " + node.name() + " not found"));
            }
            events.componentStarted(node);
            return ComponentInvoker.invoke(c, node, input, context, runtimeData(i));
          });
    }
    events.componentStarted(node);
    return ComponentInvoker.invoke(component, node, input, context, runtimeData(i));
  }

  /** Applies a cycle's outputs in graph order; false when the run has ended. */
  private boolean completeCycle(int[] ready, CompletableFuture<Map<String, Object>>[] outputs) {
    List<Object> cycle = new ArrayList<>(ready.length);
    List<Map<String, Object>> records = new ArrayList<>();
    for (int k = 0; k < ready.length; k++) {
      if (outputs[k] == CIRCULAR) {
        cycle.add(errorData("Circular Calls Reached"));
        continue;
      }
      Node node = nodes.get(ready[k]);
      Map<String, Object> output = new LinkedHashMap<>(outputs[k].join());
      events.componentFinished(node, output);
      cycle.add(completeOne(node, output, records));
    }
    List<Map<String, Object>> stepSession = new ArrayList<>();
    List<Map<String, Object>> stepErrors = new ArrayList<>();
    for (Map<String, Object> r : records) {
      Map<String, Object> result = Records.resultOf(r);
      Node node = node(r.get("id"));
      if (result != null && !result.containsKey("_missing_inputs") && node != null && node.leaf()) {
        stepSession.add(r);
      }
      boolean inLoop = node != null && Loops.childLoop(runtimeData(node.index())) != null;
      if ((Records.truthyKey(r, "error") || Records.truthyKey(result, "_error")) && !inLoop) {
        stepErrors.add(r);
      }
    }
    sessionResults.addAll(stepSession);
    errorResults.addAll(stepErrors);
    boolean closed = readyOrWaitingCount() == 0;
    if (debug) {
      finishDebugStep(cycle, stepSession, stepErrors, closed);
      return false;
    }
    if (circularReached != null || closed) {
      finish();
      return false;
    }
    return true;
  }

  /** SRE's callComponent after the component returned: state update, propagation, records. */
  private Object completeOne(Node node, Map<String, Object> output, List<Map<String, Object>> all) {
    int i = node.index();
    Map<String, Object> data = runtimeData(i);
    if (Records.truthyKey(output, "_in_progress")) {
      active[i] = true;
      status[i] = IN_PROGRESS;
    }
    if (Records.truthyKey(output, "error") || Records.truthyKey(output, "_error")) {
      LoopState child = Loops.childLoop(data);
      if (child == null || !child.inProgress()) {
        // inside a running loop the component keeps its state, or _error branches break the loop
        reset(i);
      }
      if (Records.truthyKey(output, "error")) {
        Map<String, Object> r = Records.record(node.id(), node.displayName(), null);
        r.put("error", output.get("error"));
        all.add(r);
        return List.of(r);
      }
    }
    Object results = List.of();
    boolean missing = output.containsKey("_missing_inputs");
    if (!missing) {
      // SRE treats a component that activated nothing as the end of its branch (a leaf record),
      // though only components without connections make it into the response
      int activated = Propagation.propagate(this, node, output);
      LoopState own = Loops.ownLoop(data);
      if (own != null && Records.truthyKey(output, "_in_progress") && own.branches() == null) {
        own.branches(Math.max(1, activated));
      }
      if (activated == 0) {
        Map<String, Object> leaf = Records.record(node.id(), node.name(), output);
        all.add(leaf);
        results = leaf;
        loopLeaf(node, data, leaf, output);
      }
    }
    if (!missing && !Records.truthyKey(output, "_in_progress")) {
      LoopState child = Loops.childLoop(data);
      if (child != null && child.inProgress() && child.index() < child.length()) {
        // a loop child waits for the next item, keeping what came from outside the loop
        Loops.clearLoopInputs(this, node);
        active[i] = true;
        status[i] = WAITING;
      } else {
        reset(i);
      }
    }
    Map<String, Object> self = Records.record(node.id(), node.displayName(), output);
    all.add(self);
    return List.of(results, self);
  }

  /** A leaf inside a loop reports its post-processed record to the loop and counts down. */
  private void loopLeaf(
      Node node, Map<String, Object> data, Map<String, Object> leaf, Map<String, Object> output) {
    LoopState child = Loops.childLoop(data);
    if (child != null) {
      Node parent = node(child.parentId());
      LoopState parentLoop = parent == null ? null : Loops.ownLoop(runtimeData(parent.index()));
      if (parentLoop == null) {
        return;
      }
      Object copy = Records.jsonClone(leaf);
      output.put("_exclude", Boolean.TRUE);
      @SuppressWarnings("unchecked")
      Map<String, Object> record = (Map<String, Object>) copy;
      parentLoop.branchDone(ResultShaper.componentPostProcess(graph, record, services, context));
      if (parentLoop.branches() <= 0) {
        activate(parent.index(), false);
      }
      return;
    }
    LoopState own = Loops.ownLoop(data);
    if (own != null && own.index() == 1) {
      // a loop without children ends after its first item
      own.inProgress(false);
      output.put("_in_progress", Boolean.FALSE);
      activate(node.index(), false);
    }
  }

  private int readyOrWaitingCount() {
    int count = 0;
    for (boolean a : active) {
      if (a) {
        count++;
      }
    }
    return count;
  }

  private void finishDebugStep(
      List<Object> cycle,
      List<Map<String, Object>> stepSession,
      List<Map<String, Object>> stepErrors,
      boolean closed) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("state", Records.jsonClone(cycle.size() == 1 ? cycle.get(0) : cycle));
    step.put("dbgSession", "dbg-" + context.runId());
    if (waitingCount() == readyOrWaitingCount()) {
      step.put("sessionResult", true);
    }
    step.put("sessionResults", Records.jsonClone(stepSession));
    step.put("errorResults", Records.jsonClone(stepErrors));
    step.put("sessionClosed", closed);
    if (closed) {
      step.put(
          "finalResult",
          ResultShaper.shape(graph, sessionResults, errorResults, services, context));
    }
    complete(new AgentResponse(200, step));
  }

  private int waitingCount() {
    int count = 0;
    for (byte s : status) {
      if (s != NONE) {
        count++;
      }
    }
    return count;
  }

  private void finish() {
    if (circularReached != null) {
      complete(
          new AgentResponse(
              200,
              errorData(
                  "Circular Calls Limit Reached on "
                      + circularReached
                      + ". Current circular limit is "
                      + CIRCULAR_LIMIT)));
      return;
    }
    complete(
        new AgentResponse(
            200, ResultShaper.shape(graph, sessionResults, errorResults, services, context)));
  }

  /** SRE's answer for a killed agent (spec §5.4 step 5). */
  private void finishKilled() {
    Map<String, Object> data = errorData("AGENT_KILLED");
    data.put("reason", kill.reason());
    complete(new AgentResponse(200, data));
  }

  private CompletableFuture<AgentResponse> finishWithError(String message) {
    complete(new AgentResponse(200, errorData(message)));
    return response;
  }

  private void fail(Throwable e) {
    Throwable cause =
        e instanceof java.util.concurrent.CompletionException && e.getCause() != null
            ? e.getCause()
            : e;
    complete(new AgentResponse(200, errorData(ComponentInvoker.message(cause))));
  }

  private void complete(AgentResponse r) {
    if (response.complete(r)) {
      events.runFinished(r);
    }
  }

  private static Map<String, Object> errorData(String message) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("error", message);
    return data;
  }

  // --- state used by Propagation ---

  Node node(Object id) {
    for (Node n : nodes) {
      if (n.id().equals(id)) {
        return n;
      }
    }
    return null;
  }

  Node node(int index) {
    return nodes.get(index);
  }

  Map<String, Object> runtimeInput(int i) {
    Map<String, Object> m = runtimeInput[i];
    if (m == null) {
      m = new LinkedHashMap<>();
      runtimeInput[i] = m;
    }
    return m;
  }

  Map<String, Object> variables() {
    return context.variables();
  }

  void activate(int i, boolean waiting) {
    active[i] = true;
    status[i] = waiting ? WAITING : NONE;
  }

  private void reset(int i) {
    active[i] = false;
    runtimeInput[i] = null;
    runtimeData[i] = null;
  }

  Map<String, Object> runtimeData(int i) {
    Map<String, Object> m = runtimeData[i];
    if (m == null) {
      m = new HashMap<>();
      runtimeData[i] = m;
    }
    return m;
  }

  boolean forked() {
    return context.forked();
  }

  AgentGraph graph() {
    return graph;
  }

  /** A failure that ends the run with {@code {error: message}} (SRE throws from the run). */
  static final class RunFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunFailure(String message) {
      super(message, null, false, false);
    }
  }
}
