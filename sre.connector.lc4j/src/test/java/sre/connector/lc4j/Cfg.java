package sre.connector.lc4j;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A metatype config annotation instance: given values, else the declared defaults (as DS does). */
public final class Cfg {
  private Cfg() {}

  public static <A> A of(Class<A> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("annotationType")) {
                return type;
              }
              Object v = values.get(method.getName());
              return v != null ? v : method.getDefaultValue();
            }));
  }
}
