package dev.kizuna.stress;

import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.ScenarioEvaluator;
import dev.kizuna.stress.lp.Binding;
import dev.kizuna.stress.lp.Cones;
import dev.kizuna.stress.lp.StressLp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates stress scenarios on one worker. The LP of a scope (the set of touched systems) is built
 * once and kept in a small LRU cache; between scenarios only bounds change.
 */
public final class StressEvaluator implements ScenarioEvaluator<StressScenario, ScenarioOutcome>, AutoCloseable {
    static final int CACHED_MODELS = 8;
    static final int EXPLANATION_LIMIT = 8;

    private final SupplyNetwork network;
    private final Cones cones;
    private final double horizonWeeks;
    private final Map<BitSet, StressLp> models = new LinkedHashMap<>(16, 0.75f, true);

    public StressEvaluator(SupplyNetwork network, Cones cones, double horizonWeeks) {
        this.network = network;
        this.cones = cones;
        this.horizonWeeks = horizonWeeks;
    }

    @Override
    public ScenarioOutcome evaluate(StressScenario scenario) {
        Knockout knockout = Knockout.resolve(network, scenario.events());
        BitSet scope = cones.touched(knockout);
        List<String> touched = scope.stream().mapToObj(network::systemKey).toList();
        double ttr = scenario.ttrWeeks();
        if (scope.isEmpty()) {
            ScenarioOutcome.Explanation none = new ScenarioOutcome.Explanation(List.of(), List.of(), List.of());
            return new ScenarioOutcome(scenario.eventKeys(), ttr, scenario.hasTtr() ? 0.0 : Double.NaN, Map.of(),
                    horizonWeeks, true, Double.NaN, touched, none);
        }
        StressLp lp = model(scope);
        lp.apply(knockout);
        try {
            StressLp.Survival survival = lp.solveTts(horizonWeeks);
            double tts = round(survival.weeks());
            double impact = Double.NaN;
            Map<String, Double> lost = new TreeMap<>();
            List<Binding> impactLimits = List.of();
            if (scenario.hasTtr()) {
                int[] systems = lp.systems();
                if (tts >= ttr) {
                    // feasible with nothing lost at t = TTR (the feasible t form an interval from 0)
                    impact = 0;
                    for (int y : systems) {
                        if (network.systemDemandPerWeek(y) > 0) {
                            lost.put(network.systemKey(y), 0.0);
                        }
                    }
                } else {
                    StressLp.Impact result = lp.solveImpact(ttr);
                    impact = round(result.impact());
                    for (int k = 0; k < systems.length; k++) {
                        if (network.systemDemandPerWeek(systems[k]) > 0) {
                            lost.put(network.systemKey(systems[k]), round(result.lostUnits()[k]));
                        }
                    }
                    impactLimits = head(result.bindings());
                }
            }
            List<String> stopped = new ArrayList<>();
            for (int n : lp.stoppedSources()) {
                stopped.add(network.partKey(network.sourcePart(n)) + " at " + network.siteKey(network.sourceSite(n)));
            }
            Collections.sort(stopped);
            ScenarioOutcome.Explanation explanation = new ScenarioOutcome.Explanation(stopped,
                    head(survival.bindings()), impactLimits);
            return new ScenarioOutcome(scenario.eventKeys(), ttr, impact, Collections.unmodifiableMap(lost),
                    tts, survival.capped(), Double.NaN, touched, explanation);
        } finally {
            lp.clearKnockout();
        }
    }

    private static List<Binding> head(List<Binding> bindings) {
        return List.copyOf(bindings.subList(0, Math.min(EXPLANATION_LIMIT, bindings.size())));
    }

    static double round(double value) {
        double rounded = Math.round(value * 1e6) / 1e6;
        return rounded == 0 ? 0.0 : rounded;
    }

    private StressLp model(BitSet scope) {
        StressLp lp = models.get(scope);
        if (lp == null) {
            if (models.size() >= CACHED_MODELS) {
                var eldest = models.entrySet().iterator().next();
                eldest.getValue().close();
                models.remove(eldest.getKey());
            }
            lp = new StressLp(cones, scope, false);
            models.put((BitSet) scope.clone(), lp);
        }
        return lp;
    }

    @Override
    public void close() {
        models.values().forEach(StressLp::close);
        models.clear();
    }
}
