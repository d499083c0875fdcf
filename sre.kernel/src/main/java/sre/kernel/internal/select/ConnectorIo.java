package sre.kernel.internal.select;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Runs one operation on a subsystem's selected connector. */
@FunctionalInterface
public interface ConnectorIo<C> {
  <T> CompletionStage<T> call(Function<C, CompletionStage<T>> operation);
}
