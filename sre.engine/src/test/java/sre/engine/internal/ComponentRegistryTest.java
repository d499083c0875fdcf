package sre.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import sre.api.component.Component;

class ComponentRegistryTest {
  private final Component first = call -> CompletableFuture.completedFuture(Map.of());
  private final Component second = call -> CompletableFuture.completedFuture(Map.of("v", 2));

  @Test
  void aNameNeverRegisteredHasNothingToWaitFor() {
    assertThat(new ComponentRegistry().awaitReturn("Nope")).isNull();
  }

  @Test
  void aComponentBeingUpdatedIsAwaitedUntilItIsBack() {
    ComponentRegistry registry = new ComponentRegistry();
    registry.bind("FHash", first);
    registry.unbind("FHash", first);
    assertThat(registry.get("FHash")).isNull();

    CompletableFuture<Component> back = registry.awaitReturn("FHash");
    assertThat(back).isNotDone();
    registry.bind(new String[] {"FHash"}, second);
    assertThat(back).isCompletedWithValue(second);
  }

  @Test
  void aComponentThatIsAlreadyBackCompletesAtOnce() {
    ComponentRegistry registry = new ComponentRegistry();
    registry.bind("FHash", first);
    assertThat(registry.awaitReturn("FHash")).isCompletedWithValue(first);
  }
}
