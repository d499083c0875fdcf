package sre.cli.internal;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates command objects for picocli: classes with a {@code (Services)} constructor get the
 * running framework's services, everything else (help, converters) picocli's default factory.
 */
final class CliFactory implements IFactory {
  private final Services services;
  private final IFactory fallback = CommandLine.defaultFactory();

  CliFactory(Services services) {
    this.services = services;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      Constructor<K> constructor = type.getDeclaredConstructor(Services.class);
      return constructor.newInstance(services);
    } catch (NoSuchMethodException noServicesConstructor) {
      return fallback.create(type);
    }
  }
}
