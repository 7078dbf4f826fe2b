package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.EvaluatorFactory;
import dev.kizuna.scenario.ScenarioEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Evaluates single basis events for a sweep. Each worker's evaluator builds its own propagator
 * (one baseline evaluation) and then walks only the cone above each event's sites; with
 * {@code incremental = false} it recomputes the whole network per event, the reference the
 * incremental mode is tested and benchmarked against.
 */
public record SweepEvaluatorFactory(EventBasis basis, boolean incremental)
        implements EvaluatorFactory<DisruptionEvent, EventImpact> {
    private static final int[] NO_PARTS = new int[0];

    @Override
    public ScenarioEvaluator<DisruptionEvent, EventImpact> create(SupplyNetwork network) {
        KnockoutPropagator propagator = new KnockoutPropagator(network);
        int[][] sitesBySlot = basis.sitesBySlot(network);
        return event -> {
            OptionalInt slot = basis.slotOf(network, event);
            if (slot.isEmpty()) {
                throw new IllegalArgumentException("event " + event.key() + " is not a known " + basis.key() + " event");
            }
            int[] sites = java.util.Arrays.copyOfRange(sitesBySlot[1], sitesBySlot[0][slot.getAsInt()],
                    sitesBySlot[0][slot.getAsInt() + 1]);
            if (incremental) {
                propagator.evaluateIncrementally(sites, NO_PARTS);
            } else {
                propagator.evaluateFully(sites, NO_PARTS);
            }
            double total = 0.0;
            List<String> stopped = new ArrayList<>();
            for (int y = 0; y < network.systemCount(); y++) {
                int top = network.systemTopPart(y);
                total += KnockoutAnalysis.weeklyValueAtRisk(network, y, propagator.volumeFraction(top));
                if (!propagator.isAvailable(top)) {
                    stopped.add(network.systemKey(y));
                }
            }
            return new EventImpact(event.key(), total, stopped);
        };
    }
}
