package dev.kizuna.scenario;

/**
 * Evaluates scenarios one at a time against one compiled network. An instance may keep scratch
 * arrays between calls, so it is used by one thread only; executors make one per worker.
 */
@FunctionalInterface
public interface ScenarioEvaluator<S, R> {
    R evaluate(S scenario);
}
