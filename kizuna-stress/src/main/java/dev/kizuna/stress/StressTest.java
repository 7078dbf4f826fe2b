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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The stress test of spec 3.9 over a list of scenarios. Scenarios go to the sweep executor in batches,
 * grouped by the systems they touch so that consecutive warm-started solves differ little (see
 * {@link StressEvaluator}); results come back ranked:
 * risk exposure index descending (scenarios without TTR last), then time to survive ascending, then
 * events.
 */
public final class StressTest {
    public static final double DEFAULT_HORIZON_WEEKS = 520;
    /** Scenarios per unit of work: one warm-started run of the worker's models, reset at its start. */
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
        Cones cones = Cones.of(network);
        Integer[] order = groupByScope(network, cones, scenarios);
        List<StressScenario> grouped = Arrays.stream(order).map(scenarios::get).toList();
        List<List<StressScenario>> batches = new ArrayList<>();
        for (int i = 0; i < grouped.size(); i += BATCH) {
            batches.add(grouped.subList(i, Math.min(grouped.size(), i + BATCH)));
        }
        Factory factory = new Factory(horizonWeeks);
        List<ScenarioOutcome> outcomes = new ArrayList<>(grouped.size());
        int total = grouped.size();
        executor.sweep(network, batches, factory,
                (done, count) -> progress.update(Math.min(total, done * BATCH), total))
                .forEach(outcomes::addAll);
        // only after a complete sweep: when one worker fails, others may still be solving, and freeing
        // their native models under them would crash; the garbage collector frees those instead
        factory.closeAll();
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

    private static Integer[] groupByScope(SupplyNetwork network, Cones cones, List<StressScenario> scenarios) {
        long[][] keys = new long[scenarios.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = cones.touched(Knockout.resolve(network, scenarios.get(i).events())).toLongArray();
        }
        Integer[] order = new Integer[scenarios.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Arrays.compare(keys[a], keys[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return order;
    }

    /** Makes one evaluator per worker and remembers them, so that their native models are freed. */
    static final class Factory implements EvaluatorFactory<List<StressScenario>, List<ScenarioOutcome>> {
        private static final long serialVersionUID = 1L;
        private final double horizonWeeks;
        private final transient List<StressEvaluator> created = Collections.synchronizedList(new ArrayList<>());

        Factory(double horizonWeeks) {
            this.horizonWeeks = horizonWeeks;
        }

        @Override
        public ScenarioEvaluator<List<StressScenario>, List<ScenarioOutcome>> create(SupplyNetwork network) {
            StressEvaluator evaluator = new StressEvaluator(network, Cones.of(network), horizonWeeks);
            if (created != null) {
                created.add(evaluator);
            }
            return evaluator;
        }

        void closeAll() {
            if (created != null) {
                created.forEach(StressEvaluator::close);
                created.clear();
            }
        }
    }
}
