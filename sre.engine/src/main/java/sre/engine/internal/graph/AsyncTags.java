package sre.engine.internal.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SRE's {@code tagAsyncComponents}: every Async component and everything reachable from it, except
 * through an Async component's {@code JobID} output, runs only inside the Async job.
 */
final class AsyncTags {
  private AsyncTags() {}

  static Set<Integer> tag(List<Node> nodes) {
    Set<Integer> tagged = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    for (Node n : nodes) {
      if (n.name().equals("Async") && tagged.add(n.index())) {
        todo.add(n);
      }
    }
    while (!todo.isEmpty()) {
      Node n = todo.poll();
      for (TargetGroup group : n.targets()) {
        for (Link link : group.links()) {
          boolean jobId =
              n.name().equals("Async")
                  && n.outputs().get(link.sourceOutput()).name().equals("JobID");
          if (!jobId && tagged.add(group.target())) {
            todo.add(nodes.get(group.target()));
          }
        }
      }
    }
    return Set.copyOf(tagged);
  }
}
