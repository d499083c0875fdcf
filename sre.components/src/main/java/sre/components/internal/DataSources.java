package sre.components.internal;

import java.util.List;
import java.util.regex.Pattern;
import sre.api.component.RunContext;

/**
 * Datasource ids and records shared by DataSourceIndexer, Lookup and Cleaner. The VectorDb service
 * has no datasource notion, so each datasource's vector ids are kept in NKV namespace {@value
 * #RECORDS} (SRE's Pinecone connector keeps them in NKV too); the kernel scopes both per candidate.
 */
final class DataSources {
  static final String RECORDS = "vectorDB:datasources";
  private static final Pattern LEGACY_NAMESPACE = Pattern.compile("^c[a-z0-9]{24}_");

  private DataSources() {}

  /** {@code <teamId>::<namespace>::<id>}. */
  static String datasourceId(RunContext run, String namespace, String id) {
    return run.teamId() + "::" + namespace + "::" + id;
  }

  /** Legacy {@code <team>_<label>} namespace ids name the label after the first {@code _}. */
  static String label(String namespace) {
    int underscore = namespace.indexOf('_');
    return underscore < 0 ? namespace : namespace.substring(underscore + 1);
  }

  /** DataSourceCleaner strips legacy {@code c<24 chars>_} prefixes. */
  static String stripLegacy(String namespace) {
    return LEGACY_NAMESPACE.matcher(namespace).replaceFirst("");
  }

  static String recordKey(String namespace, String datasourceId) {
    return namespace + "/" + datasourceId;
  }

  static List<String> vectorIds(Object record) {
    if (record instanceof java.util.Map<?, ?> m && m.get("vectorIds") instanceof List<?> ids) {
      return ids.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
