package sre.kernel.internal.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import sre.api.llm.ModelInfo;
import sre.api.llm.ModelsProvider;

/**
 * The model registry: built-in models, overridden (or hidden, when disabled) by {@link CustomModel}
 * configurations. Lookups read a volatile immutable snapshot rebuilt on every change.
 */
@Component(service = ModelsProvider.class)
public final class ModelRegistry implements ModelsProvider {
  private final List<CustomModel> custom = new ArrayList<>();
  private volatile Map<String, ModelInfo> byName = index(List.of());

  @Activate
  public ModelRegistry() {}

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      unbind = "removeCustom")
  synchronized void addCustom(CustomModel model) {
    custom.add(model);
    byName = index(custom);
  }

  synchronized void removeCustom(CustomModel model) {
    custom.remove(model);
    byName = index(custom);
  }

  private static Map<String, ModelInfo> index(List<CustomModel> custom) {
    Map<String, ModelInfo> map = new LinkedHashMap<>();
    BuiltInModels.all().forEach(m -> map.put(key(m.name()), m));
    for (CustomModel c : custom) {
      if (c.enabled()) {
        map.put(key(c.info().name()), c.info());
      } else {
        map.remove(key(c.info().name()));
      }
    }
    return Map.copyOf(map);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public List<ModelInfo> models() {
    return byName.values().stream().sorted(Comparator.comparing(ModelInfo::name)).toList();
  }

  @Override
  public Optional<ModelInfo> model(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }
}
