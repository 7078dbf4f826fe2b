package dev.kizuna.stress;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.EvaluatorFactory;
import dev.kizuna.scenario.ScenarioEvaluator;
import dev.kizuna.scenario.SweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.lp.Cones;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The stress test of spec 3.9 over a list of scenarios. Scenarios go to the sweep executor in batches
 * (each scenario is solved on its own model, see {@link StressEvaluator}); results come back ranked:
 * risk exposure index descending (scenarios without TTR last), then time to survive ascending, then
 * events.
 */
public final class StressTest {
    public static final double DEFAULT_HORIZON_WEEKS = 520;
    /** Scenarios per unit of work handed to a worker. */
    static final int BATCH = 16;

    private StressTest() {
    }

    /** Every site that some system needs, alone, with its own TTR (spec 4, {@code stress} default). */
    public static List<StressScenario> defaultScenarios(SupplyNetwork network, double ttrOverride) {
        BitSet sites = Cones.of(network).allSites();
        List<StressScenario> scenarios = new ArrayList<>(sites.cardinality());
        for (int s = sites.nextSetBit(0); s >= 0; s = sites.nextSetBit(s + 1)) {
            double ttr = Double.isNaN(ttrOverride) ? network.siteTtrWeeks(s) : ttrOverride;
            scenarios.add(new StressScenario(List.of(new DisruptionEvent.SiteDown(network.siteId(s))), ttr));
        }
        return scenarios;
    }

    /** One scenario of all the events together; TTR from the events unless overridden (NaN = none). */
    public static StressScenario scenario(SupplyNetwork network, List<DisruptionEvent> events, double ttrOverride) {
        Knockout.resolve(network, events); // fails early on an unknown id
        double ttr = Double.isNaN(ttrOverride) ? TimeToRecover.of(network, events) : ttrOverride;
        return new StressScenario(events, ttr);
    }

    public static List<ScenarioOutcome> run(SupplyNetwork network, List<StressScenario> scenarios, double horizonWeeks,
                                            SweepExecutor executor, SweepProgress progress) {
        if (!(horizonWeeks > 0)) {
            throw new IllegalArgumentException("horizon weeks must be > 0, got " + horizonWeeks);
        }
        List<List<StressScenario>> batches = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i += BATCH) {
            batches.add(List.copyOf(scenarios.subList(i, Math.min(scenarios.size(), i + BATCH))));
        }
        List<ScenarioOutcome> outcomes = new ArrayList<>(scenarios.size());
        int total = scenarios.size();
        executor.sweep(network, batches, new Factory(horizonWeeks),
                (done, count) -> progress.update(Math.min(total, done * BATCH), total))
                .forEach(outcomes::addAll);
        double maxImpact = 0;
        for (ScenarioOutcome outcome : outcomes) {
            if (!Double.isNaN(outcome.performanceImpact())) {
                maxImpact = Math.max(maxImpact, outcome.performanceImpact());
            }
        }
        List<ScenarioOutcome> ranked = new ArrayList<>(outcomes.size());
        for (ScenarioOutcome outcome : outcomes) {
            double impact = outcome.performanceImpact();
            double index = Double.isNaN(impact) ? Double.NaN
                    : maxImpact > 0 ? StressEvaluator.round(impact / maxImpact) : 0.0;
            ranked.add(outcome.withRiskExposureIndex(index));
        }
        ranked.sort(RANKING);
        return Collections.unmodifiableList(ranked);
    }

    static final Comparator<ScenarioOutcome> RANKING = Comparator
            .comparingDouble((ScenarioOutcome o) -> Double.isNaN(o.riskExposureIndex()) ? 1 : -o.riskExposureIndex() - 1)
            .thenComparingDouble(ScenarioOutcome::ttsWeeks)
            .thenComparing(o -> String.join(",", o.events()));

    /** Makes one evaluator per worker; an evaluator holds no native memory between scenarios. */
    static final class Factory implements EvaluatorFactory<List<StressScenario>, List<ScenarioOutcome>> {
        private static final long serialVersionUID = 1L;
        private final double horizonWeeks;

        Factory(double horizonWeeks) {
            this.horizonWeeks = horizonWeeks;
        }

        @Override
        public ScenarioEvaluator<List<StressScenario>, List<ScenarioOutcome>> create(SupplyNetwork network) {
            return new StressEvaluator(network, Cones.of(network), horizonWeeks);
        }
    }
}
