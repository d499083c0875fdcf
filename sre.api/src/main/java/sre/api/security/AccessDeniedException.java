package sre.api.security;

/**
 * The kernel refused a call: the candidate lacks the requested level on the resource. The message
 * names the candidate, the level and the resource id, never a secret or a resource's content.
 */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient AccessRequest request;

  public AccessDeniedException(AccessRequest request) {
    super(
        "Access Denied: "
            + request.candidate()
            + " has no "
            + request.level().name().toLowerCase(java.util.Locale.ROOT)
            + " access to '"
            + request.resourceId()
            + "'");
    this.request = request;
  }

  public AccessRequest request() {
    return request;
  }
}
