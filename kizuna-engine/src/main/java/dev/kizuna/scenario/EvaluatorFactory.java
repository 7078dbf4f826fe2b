package dev.kizuna.scenario;

import dev.kizuna.network.SupplyNetwork;

import java.io.Serializable;

/**
 * Makes an evaluator for a worker. Serializable so that a cluster executor can ship it to its
 * workers along with the (serializable) network, and get the same results as the local one.
 */
@FunctionalInterface
public interface EvaluatorFactory<S, R> extends Serializable {
    ScenarioEvaluator<S, R> create(SupplyNetwork network);
}
