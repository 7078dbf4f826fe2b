package dev.kizuna.planning;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.sourcing.SourcingChanges;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StockpilePlanner;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import dev.kizuna.stress.lp.Cones;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stress side of the "TTS at least TTR" targets (spec 3.9, docs/planning.md): the real stress LP
 * run on a dataset, and, per target scenario, the requirements a plan must meet, found with the LP on
 * the scenario's <em>best case</em> network.
 *
 * <p>The stress LP depends on which sources are qualified (and their capacities and stocks), not on
 * the shares, and adding a qualified source never makes it less feasible: a source adds production
 * the LP may leave unused. So for a scenario E, the best a plan can do is the network in which every
 * current qualified source stays and every offer at a site E leaves up is qualified. If E fails there,
 * no plan meets it. If E fails there once part p's production stops entirely (E plus {@code part:p},
 * stocks stay), every plan that meets E keeps at least one option of p at an up site qualified: a
 * <em>necessary</em> requirement, added to the MIP before the first solve. Others come from the
 * plan-and-verify rounds of {@link SourcingPlanner}.
 */
final class SurvivalAnalysis {
    static final double HORIZON_WEEKS = StressTest.DEFAULT_HORIZON_WEEKS;

    private SurvivalAnalysis() {
    }

    /** What one target scenario needs; option indexes are sources of the planning network. */
    record Needs(Target.Survival target, StressScenario scenario, boolean possible, double bestTtsWeeks,
                 List<int[]> necessaryOptions, List<String> necessaryParts, int[] relevantOptions) {
    }

    /** The stress outcomes of the scenarios on a dataset, by target id (the events joined by '+'). */
    static Map<String, ScenarioOutcome> run(Dataset dataset, List<StressScenario> scenarios) {
        return run(NetworkCompiler.compile(dataset), scenarios);
    }

    static Map<String, ScenarioOutcome> run(SupplyNetwork network, List<StressScenario> scenarios) {
        Map<String, ScenarioOutcome> byKey = new TreeMap<>();
        if (scenarios.isEmpty()) {
            return byKey;
        }
        for (ScenarioOutcome outcome : StressTest.run(network, scenarios, HORIZON_WEEKS, new LocalSweepExecutor(1),
                SweepProgress.NONE)) {
            byKey.put(key(outcome.events()), outcome);
        }
        return byKey;
    }

    static String key(List<String> events) {
        return String.join("+", events);
    }

    static boolean meets(ScenarioOutcome outcome) {
        return outcome.ttsCapped() || outcome.ttsWeeks() >= outcome.ttrWeeks() - 1e-6;
    }

    /** The requirements of one target scenario (see the class comment). */
    static Needs analyse(PlanningInstance in, Target.Survival target, StressScenario scenario) {
        SupplyNetwork planning = in.network;
        Knockout down = Knockout.resolve(planning, scenario.events());
        // the best case: every option at an up site qualified (shares are irrelevant to the stress LP)
        Map<PartId, Map<SiteId, Double>> shares = new TreeMap<>();
        for (int p : in.scopedParts) {
            if (down.isPartDown(p)) {
                continue;
            }
            List<Integer> options = in.options(p);
            List<Integer> up = new ArrayList<>();
            boolean newOne = false;
            for (int n : options) {
                boolean qualified = planning.isQualified(n);
                if (qualified || !down.isSiteDown(planning.sourceSite(n))) {
                    up.add(n);
                    newOne |= !qualified;
                }
            }
            if (newOne) {
                Map<SiteId, Double> split = new TreeMap<>();
                up.forEach(n -> split.put(planning.siteId(planning.sourceSite(n)), 1.0 / up.size()));
                shares.put(planning.partId(p), split);
            }
        }
        Dataset best = SourcingChanges.apply(in.base, shares, in.offerBySource);
        SupplyNetwork network = NetworkCompiler.compile(best);
        Cones cones = Cones.of(network);
        Knockout bestDown = Knockout.resolve(network, scenario.events());
        BitSet touched = cones.touched(bestDown);
        BitSet coneParts = new BitSet();
        touched.stream().forEach(y -> coneParts.or(cones.parts(y)));
        // parts whose production E stops somewhere and that have an option at an up site
        List<StressScenario> tests = new ArrayList<>();
        tests.add(scenario);
        Map<String, Integer> testedPart = new HashMap<>();
        TreeSet<Integer> relevant = new TreeSet<>();
        for (int bp = coneParts.nextSetBit(0); bp >= 0; bp = coneParts.nextSetBit(bp + 1)) {
            int p = planning.findPart(network.partId(bp)).orElse(-1);
            if (p < 0 || !in.inScope[p] || bestDown.isPartDown(bp)) {
                continue;
            }
            List<Integer> up = upOptions(in, down, p);
            relevant.addAll(up);
            boolean stopped = false;
            for (int n = network.sourceStart(bp); n < network.qualifiedSourceEnd(bp); n++) {
                stopped |= bestDown.isSiteDown(network.sourceSite(n));
            }
            if (stopped && !up.isEmpty()) {
                List<DisruptionEvent> events = new ArrayList<>(scenario.events());
                events.add(new DisruptionEvent.PartDown(network.partId(bp)));
                StressScenario test = new StressScenario(events, scenario.ttrWeeks());
                tests.add(test);
                testedPart.put(key(test.eventKeys()), p);
            }
        }
        Map<String, ScenarioOutcome> outcomes = run(network, tests);
        ScenarioOutcome whole = outcomes.get(key(scenario.eventKeys()));
        List<int[]> necessary = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (meets(whole)) {
            for (var entry : new TreeMap<>(testedPart).entrySet()) {
                if (!meets(outcomes.get(entry.getKey()))) {
                    int p = entry.getValue();
                    necessary.add(upOptions(in, down, p).stream().mapToInt(Integer::intValue).toArray());
                    parts.add(planning.partKey(p));
                }
            }
        }
        return new Needs(target, scenario, meets(whole), whole.ttsWeeks(), necessary, parts,
                relevant.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Options not carrying volume in the plan that would add supply where the scenario gives out on the
     * changed dataset: of the parts the LP names at the time to survive (a stock that runs out, a
     * capacity, a part's whole supply), else of the parts whose production the events stop. Empty when
     * neither names a part with such an option.
     */
    static int[] targetedOptions(PlanningInstance in, Needs need, ScenarioOutcome outcome, SupplyNetwork after,
                                 double[] share) {
        SupplyNetwork planning = in.network;
        Knockout down = Knockout.resolve(planning, need.scenario().events());
        TreeSet<Integer> parts = new TreeSet<>();
        for (var binding : outcome.explanation().survivalLimits()) {
            if (binding.part() != null) {
                planning.findPart(new PartId(binding.part())).ifPresent(parts::add);
            }
        }
        TreeSet<Integer> options = new TreeSet<>();
        collect(in, down, parts, share, options);
        if (options.isEmpty()) {
            Knockout afterDown = Knockout.resolve(after, need.scenario().events());
            Cones cones = Cones.of(after);
            BitSet coneParts = new BitSet();
            cones.touched(afterDown).stream().forEach(y -> coneParts.or(cones.parts(y)));
            parts.clear();
            for (int bp = coneParts.nextSetBit(0); bp >= 0; bp = coneParts.nextSetBit(bp + 1)) {
                boolean stopped = afterDown.isPartDown(bp);
                for (int n = after.sourceStart(bp); n < after.qualifiedSourceEnd(bp); n++) {
                    stopped |= afterDown.isSiteDown(after.sourceSite(n));
                }
                if (stopped) {
                    planning.findPart(after.partId(bp)).ifPresent(parts::add);
                }
            }
            collect(in, down, parts, share, options);
        }
        return options.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void collect(PlanningInstance in, Knockout down, Iterable<Integer> parts, double[] share,
                                TreeSet<Integer> options) {
        for (int p : parts) {
            if (!in.inScope[p] || down.isPartDown(p)) {
                continue;
            }
            for (int n : upOptions(in, down, p)) {
                if (share[n] <= 0) {
                    options.add(n);
                }
            }
        }
    }

    private static List<Integer> upOptions(PlanningInstance in, Knockout down, int part) {
        List<Integer> up = new ArrayList<>();
        for (int n : in.options(part)) {
            if (!down.isSiteDown(in.network.sourceSite(n))) {
                up.add(n);
            }
        }
        return up;
    }

    /**
     * The yearly holding cost of the cheapest extra pooled stock that would make the scenario survive
     * on the dataset as it is ({@link StockpilePlanner}, holding rate 0.25); NaN when it cannot say.
     */
    static double stockAlternative(Dataset dataset, ScenarioOutcome outcome) {
        try {
            SupplyNetwork network = NetworkCompiler.compile(dataset);
            StockpilePlanner.Plan plan = StockpilePlanner.plan(network, List.of(outcome), 0,
                    StockpilePlanner.DEFAULT_HOLDING_RATE, 1);
            if (!plan.fixed().isEmpty()) {
                return 0;
            }
            return plan.notFixed().isEmpty() ? Double.NaN : plan.notFixed().get(0).extraCostToFix();
        } catch (RuntimeException e) {
            // an explanation only: a stockpile model that does not solve leaves it out
            return Double.NaN;
        }
    }
}
