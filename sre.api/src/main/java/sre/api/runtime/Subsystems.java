package sre.api.runtime;

/** Names of the subsystems, as SRE names its services. */
public final class Subsystems {
  public static final String STORAGE = "Storage";
  public static final String CACHE = "Cache";
  public static final String NKV = "NKV";
  public static final String VAULT = "Vault";
  public static final String LOG = "Log";
  public static final String LLM = "LLM";
  public static final String VECTOR_DB = "VectorDB";
  public static final String ACCOUNT = "Account";
  public static final String CODE = "Code";
  public static final String AGENT_DATA = "AgentData";
  public static final String COMPONENT = "Component";
  public static final String ROUTER = "Router";

  private Subsystems() {}
}
