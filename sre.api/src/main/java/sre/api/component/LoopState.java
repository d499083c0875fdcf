package sre.api.component;

import java.util.ArrayList;
import java.util.List;

/**
 * SRE's {@code _LoopData}: the state of one loop component (ForEach) while it iterates. The loop
 * component creates it and keeps it in its {@link ComponentCall#runtimeData()}; the engine counts
 * the branches of each iteration on it and appends what every branch's leaf returned. Confined to
 * the run's thread.
 */
public final class LoopState {
  /** The runtime-data key a loop component keeps its state under. */
  public static final String KEY = "_LoopData";

  private final String parentId;
  private final int length;
  private final List<Object> results = new ArrayList<>();
  private int index;
  private Integer branches;
  private boolean inProgress;
  private boolean hasResults;

  public LoopState(String parentId, int length) {
    this.parentId = parentId;
    this.length = length;
  }

  /** The loop component's id. */
  public String parentId() {
    return parentId;
  }

  /** Number of items (fixed when the loop starts). */
  public int length() {
    return length;
  }

  /** How many items were emitted so far. */
  public int index() {
    return index;
  }

  public void advance() {
    index++;
  }

  /** Branches still running in this iteration; null before the engine counted them. */
  public Integer branches() {
    return branches;
  }

  public void branches(Integer count) {
    branches = count;
  }

  public boolean inProgress() {
    return inProgress;
  }

  public void inProgress(boolean value) {
    inProgress = value;
  }

  /** The post-processed leaf records of every finished branch, in completion order. */
  public List<Object> results() {
    return results;
  }

  /** Whether any branch has reported (SRE creates the result list on the first report). */
  public boolean hasResults() {
    return hasResults;
  }

  /** Records one branch's leaf and counts the branch down. */
  public void branchDone(Object record) {
    hasResults = true;
    results.add(record);
    branches = (branches == null ? 0 : branches) - 1;
  }
}
