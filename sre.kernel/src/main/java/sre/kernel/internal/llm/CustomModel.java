package sre.kernel.internal.llm;

import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import sre.api.llm.ModelInfo;

/**
 * A model entry from configuration (factory PID {@code sre.llm.model}); the {@link ModelRegistry}
 * picks these up as they come and go.
 */
@Component(
    service = CustomModel.class,
    configurationPid = "sre.llm.model",
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CustomModelConfig.class, factory = true)
public final class CustomModel {
  private final ModelInfo info;
  private final boolean enabled;

  @Activate
  public CustomModel(CustomModelConfig config) {
    this(
        new ModelInfo(
            config.name().trim(),
            config.modelId().trim(),
            config.provider().trim(),
            config.contextWindow(),
            config.maxOutputTokens(),
            Set.of(config.features()),
            config.inputPrice(),
            config.outputPrice(),
            config.fallback().trim(),
            config.connectorId().trim(),
            true),
        config.enabled());
  }

  CustomModel(ModelInfo info, boolean enabled) {
    this.info = info;
    this.enabled = enabled;
  }

  ModelInfo info() {
    return info;
  }

  boolean enabled() {
    return enabled;
  }
}
