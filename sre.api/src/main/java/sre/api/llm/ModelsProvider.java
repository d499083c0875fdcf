package sre.api.llm;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The model registry: the built-in model list merged with custom models from configuration (custom
 * entries override built-ins of the same name). Names match case-insensitively.
 */
@ProviderType
public interface ModelsProvider {
  /** Every enabled model, sorted by name. */
  List<ModelInfo> models();

  Optional<ModelInfo> model(String name);
}
