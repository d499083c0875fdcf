package sre.api.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service property {@value #PROPERTY}: the SRE component name a {@link Component} implements (e.g.
 * {@code JSONFilter}). The engine looks components up by this name for every run.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ComponentName {
  String PREFIX_ = "sre.";

  String PROPERTY = "sre.component.name";

  String[] value();
}
