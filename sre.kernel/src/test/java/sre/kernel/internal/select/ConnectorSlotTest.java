package sre.kernel.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConnectorSlotTest {
  private static Map<String, Object> props(String name, long id) {
    return Map.of("sre.connector.name", name, "service.id", id);
  }

  @Test
  void noConnectorFailsTheStage() {
    ConnectorSlot<String> slot = new ConnectorSlot<>("Storage");
    CompletionStage<String> s = slot.call(c -> CompletableFuture.completedFuture(c));
    assertThatThrownBy(() -> s.toCompletableFuture().get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ConnectorUnavailableException.class);
  }

  @Test
  void newCallsGoToTheNewConnectorWhileTheOldOneDrains() throws Exception {
    ConnectorSlot<String> slot = new ConnectorSlot<>("Storage");
    slot.bind("old", props("Old", 1));
    CompletableFuture<String> slowCall = new CompletableFuture<>();
    CompletionStage<String> inFlight = slot.call(c -> slowCall.thenApply(v -> c + ":" + v));

    slot.bind("new", props("New", 2));
    assertThat(slot.call(CompletableFuture::completedFuture).toCompletableFuture().get())
        .isEqualTo("new");

    AtomicBoolean released = new AtomicBoolean();
    CompletableFuture<Void> unbinding =
        CompletableFuture.runAsync(
            () -> {
              slot.unbind("old", Duration.ofSeconds(10));
              released.set(true);
            });
    // The old connector is held until its call finishes...
    assertThat(unbinding).isNotDone();
    slowCall.complete("done");
    unbinding.get(10, TimeUnit.SECONDS);
    // ...and that call completed on the connector it started with.
    assertThat(inFlight.toCompletableFuture().get()).isEqualTo("old:done");
    assertThat(released).isTrue();
    assertThat(slot.selected())
        .hasValueSatisfying(b -> assertThat(b.connectorName()).isEqualTo("New"));
  }

  @Test
  void drainGivesUpAfterItsTimeout() {
    ConnectorSlot<String> slot = new ConnectorSlot<>("Cache");
    slot.bind("stuck", props("Stuck", 1));
    slot.call(c -> new CompletableFuture<String>());
    long start = System.nanoTime();
    slot.unbind("stuck", Duration.ofMillis(50));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(slot.selected()).isEmpty();
  }

  @Test
  void aFailingOperationIsReleased() {
    ConnectorSlot<String> slot = new ConnectorSlot<>("Vault");
    slot.bind("v", props("V", 1));
    CompletionStage<String> s =
        slot.call(
            c -> {
              throw new IllegalStateException("boom");
            });
    assertThat(s.toCompletableFuture()).isCompletedExceptionally();
    // Unbinding returns at once: nothing is in flight.
    slot.unbind("v", Duration.ofSeconds(30));
    assertThat(slot.selected()).isEmpty();
  }
}
