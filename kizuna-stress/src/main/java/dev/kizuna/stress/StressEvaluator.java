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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates batches of stress scenarios on one worker. Two LPs of the whole network (every system's
 * cone) are built once per worker, one for the time to survive and one for the impact; a scenario
 * only changes bounds (knocked-out sources, the systems in focus, t), so each solve starts from the
 * previous basis. The basis is reset at the start of every batch: a batch's results depend only on
 * the batch, whatever thread runs it.
 */
public final class StressEvaluator implements ScenarioEvaluator<List<StressScenario>, List<ScenarioOutcome>>,
        AutoCloseable {
    static final int EXPLANATION_LIMIT = 8;

    private final SupplyNetwork network;
    private final Cones cones;
    private final double horizonWeeks;
    private StressLp survivalModel;
    private StressLp impactModel;

    public StressEvaluator(SupplyNetwork network, Cones cones, double horizonWeeks) {
        this.network = network;
        this.cones = cones;
        this.horizonWeeks = horizonWeeks;
    }

    @Override
    public List<ScenarioOutcome> evaluate(List<StressScenario> batch) {
        if (survivalModel == null) {
            BitSet all = new BitSet();
            all.set(0, network.systemCount());
            survivalModel = new StressLp(cones, all, false);
            impactModel = new StressLp(cones, all, false);
            survivalModel.warmStart(true);
            impactModel.warmStart(true);
        }
        survivalModel.resetBasis();
        impactModel.resetBasis();
        List<ScenarioOutcome> outcomes = new ArrayList<>(batch.size());
        for (StressScenario scenario : batch) {
            outcomes.add(evaluate(scenario));
        }
        return outcomes;
    }

    private ScenarioOutcome evaluate(StressScenario scenario) {
        Knockout knockout = Knockout.resolve(network, scenario.events());
        BitSet scope = cones.touched(knockout);
        List<String> touched = scope.stream().mapToObj(network::systemKey).toList();
        double ttr = scenario.ttrWeeks();
        if (scope.isEmpty()) {
            ScenarioOutcome.Explanation none = new ScenarioOutcome.Explanation(List.of(), List.of(), List.of());
            return new ScenarioOutcome(scenario.eventKeys(), ttr, scenario.hasTtr() ? 0.0 : Double.NaN, Map.of(),
                    horizonWeeks, true, Double.NaN, touched, none);
        }
        survivalModel.focus(scope);
        survivalModel.apply(knockout);
        StressLp.Survival survival = survivalModel.solveTts(horizonWeeks);
        double tts = round(survival.weeks());
        double impact = Double.NaN;
        Map<String, Double> lost = new TreeMap<>();
        List<Binding> impactLimits = List.of();
        if (scenario.hasTtr()) {
            if (tts >= ttr) {
                // feasible with nothing lost at t = TTR (the feasible t form an interval from 0)
                impact = 0;
                scope.stream().filter(y -> network.systemDemandPerWeek(y) > 0)
                        .forEach(y -> lost.put(network.systemKey(y), 0.0));
            } else {
                impactModel.focus(scope);
                impactModel.apply(knockout);
                StressLp.Impact result = impactModel.solveImpact(ttr);
                impact = round(result.impact());
                int[] systems = result.systems();
                for (int k = 0; k < systems.length; k++) {
                    if (scope.get(systems[k]) && network.systemDemandPerWeek(systems[k]) > 0) {
                        lost.put(network.systemKey(systems[k]), round(result.lostUnits()[k]));
                    }
                }
                impactLimits = head(result.bindings());
            }
        }
        List<String> stopped = new ArrayList<>();
        for (int n : survivalModel.stoppedSources()) {
            stopped.add(network.partKey(network.sourcePart(n)) + " at " + network.siteKey(network.sourceSite(n)));
        }
        Collections.sort(stopped);
        ScenarioOutcome.Explanation explanation = new ScenarioOutcome.Explanation(stopped,
                head(survival.bindings()), impactLimits);
        return new ScenarioOutcome(scenario.eventKeys(), ttr, impact, Collections.unmodifiableMap(lost),
                tts, survival.capped(), Double.NaN, touched, explanation);
    }

    private static List<Binding> head(List<Binding> bindings) {
        return List.copyOf(bindings.subList(0, Math.min(EXPLANATION_LIMIT, bindings.size())));
    }

    static double round(double value) {
        double rounded = Math.round(value * 1e6) / 1e6;
        return rounded == 0 ? 0.0 : rounded;
    }

    @Override
    public void close() {
        if (survivalModel != null) {
            survivalModel.close();
            impactModel.close();
            survivalModel = null;
            impactModel = null;
        }
    }
}
