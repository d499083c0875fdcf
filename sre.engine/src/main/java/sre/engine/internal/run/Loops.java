package sre.engine.internal.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sre.api.component.InputDefinition;
import sre.api.component.LoopState;
import sre.engine.internal.graph.Link;
import sre.engine.internal.graph.Node;
import sre.engine.internal.graph.TargetGroup;

/**
 * SRE's loop bookkeeping on runtime data: a loop component keeps its {@link LoopState} under {@code
 * _LoopData}; every component activated inside a loop carries the loop under {@code
 * _ChildLoopData}.
 */
final class Loops {
  static final String CHILD = "_ChildLoopData";

  private Loops() {}

  static LoopState ownLoop(Map<String, Object> runtimeData) {
    return runtimeData.get(LoopState.KEY) instanceof LoopState l ? l : null;
  }

  static LoopState childLoop(Map<String, Object> runtimeData) {
    return runtimeData.get(CHILD) instanceof LoopState l ? l : null;
  }

  /**
   * A target activated by {@code source}: inside the source's loop while it runs, else inside the
   * loop the source itself is in; a re-activated loop component starts over.
   */
  static void inherit(Map<String, Object> source, Map<String, Object> target) {
    LoopState loop = ownLoop(source);
    if (loop == null || !loop.inProgress()) {
      loop = childLoop(source);
    }
    if (loop == null) {
      target.remove(CHILD);
    } else {
      target.put(CHILD, loop);
    }
    target.remove(LoopState.KEY);
  }

  /**
   * Clears the inputs that come from inside a loop ({@code clearChildLoopRuntimeComponentData}).
   */
  static void clearLoopInputs(AgentRun run, Node node) {
    if (childLoop(run.runtimeData(node.index())) == null) {
      return;
    }
    List<InputDefinition> inputs = node.inputs();
    for (int in = 0; in < inputs.size(); in++) {
      if (hasLoopAncestor(run, node.index(), in)) {
        run.runtimeInput(node.index()).remove(inputs.get(in).name());
      }
    }
  }

  /** Whether some component upstream of input {@code in} of {@code target} is a running loop. */
  private static boolean hasLoopAncestor(AgentRun run, int target, int in) {
    Deque<int[]> todo = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    todo.add(new int[] {target, in});
    while (!todo.isEmpty()) {
      int[] port = todo.poll();
      for (int source : sources(run, port[0], port[1])) {
        if (ownLoop(run.runtimeData(source)) != null) {
          return true;
        }
        if (seen.add(source)) {
          for (int i = 0; i < run.node(source).inputs().size(); i++) {
            todo.add(new int[] {source, i});
          }
        }
      }
    }
    return false;
  }

  private static Set<Integer> sources(AgentRun run, int target, int in) {
    Set<Integer> sources = new HashSet<>();
    for (Node n : run.graph().nodes()) {
      for (TargetGroup group : n.targets()) {
        if (group.target() != target) {
          continue;
        }
        for (Link link : group.links()) {
          if (link.targetInput() == in) {
            sources.add(n.index());
          }
        }
      }
    }
    return sources;
  }
}
