package sre.api.connector;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service property {@value #PROPERTY}: the connector's registered name (SRE's connector name, e.g.
 * {@code LocalStorage}, {@code RAM}, {@code Redis}). The kernel selects connectors with LDAP
 * filters on it, e.g. {@code (sre.connector.name=Redis)}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConnectorName {
  String PREFIX_ = "sre.";

  /** The property name. */
  String PROPERTY = "sre.connector.name";

  String value();
}
