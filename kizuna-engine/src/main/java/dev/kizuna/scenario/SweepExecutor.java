package dev.kizuna.scenario;

import dev.kizuna.network.SupplyNetwork;

import java.util.List;

/**
 * Evaluates a list of scenarios against one network. Results come back in scenario order, whatever
 * the executor (local threads today, a Spark cluster later), so reports are deterministic.
 */
public interface SweepExecutor {
    <S, R> List<R> sweep(SupplyNetwork network, List<S> scenarios, EvaluatorFactory<S, R> factory,
                         SweepProgress progress);
}
