package sre.api.component;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The background jobs of one agent (SRE's {@code Async.JOBS[agentId]}): an {@code Async} component
 * forks the branch downstream of it as a job; {@code Await} reads the job's status.
 */
@ProviderType
public interface AgentJobs {
  /**
   * Forks the part of the agent downstream of the {@code Async} component {@code componentId} and
   * runs it in the background with {@code input} as the request body. Returns the job id ({@code
   * <componentId>-<uid>}) at once.
   */
  String fork(String componentId, Map<String, Object> input);

  /** The job's state; status {@code unknown_job} when no such job exists. */
  Job get(String jobId);

  /**
   * One job's state.
   *
   * @param status {@code pending}, {@code done}, {@code failed} or {@code unknown_job}
   * @param result the fork's final response ({@code null} until done)
   */
  record Job(String status, Object result) {
    public boolean pending() {
      return "pending".equals(status);
    }
  }
}
