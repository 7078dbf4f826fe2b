package dev.kizuna.stress;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.stress.lp.Cones;
import dev.kizuna.stress.lp.OrTools;
import dev.kizuna.stress.lp.StressLp;
import dev.kizuna.supply.model.Numbers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Stockpile planning: extra pooled stock, within a budget, that makes TTS >= TTR for the
 * highest-impact scenarios. One mixed-integer program (SCIP): a copy of the 3.9 model per scenario
 * (t = TTR, its events applied) sharing one extra-stock variable per part; a binary per scenario that
 * forces its lost units to 0 when set ({@code l <= demand * (1 - fixed)}, weekly rates); the yearly holding
 * cost {@code sum unit_cost * holding_rate * units} within the budget. Lexicographic objective: first
 * the most impact fixed (plus a small bonus per scenario, so that scenarios of impact 0 still count),
 * then the cheapest stock that fixes those.
 *
 * <p>Extra stock is pooled (no site): in the 3.9 model a pool can feed every use of its part, so it
 * is never worse than stock held at one site.
 */
public final class StockpilePlanner {
    public static final double DEFAULT_HOLDING_RATE = 0.25;
    public static final int DEFAULT_MAX_SCENARIOS = 50;
    private static final double SCENARIO_BONUS = 1e-3;
    private static final long TIME_LIMIT_MILLIS = 120_000;

    private StockpilePlanner() {
    }

    public record Purchase(String part, double units, double unitCost, double holdingCost) {
    }

    /** A scenario with TTS < TTR; {@code extraCostToFix} is what it would still cost on top of the plan (0 if fixed). */
    public record Target(List<String> events, double ttrWeeks, double ttsWeeks, double performanceImpact,
                         double extraCostToFix) {
    }

    /**
     * @param optimal    false when the solver stopped at its time limit with a feasible plan
     * @param leftOut    scenarios with TTS < TTR beyond the {@code maxScenarios} highest-impact ones
     */
    public record Plan(double budget, double holdingRate, double totalCost, List<Purchase> purchases,
                       List<Target> fixed, List<Target> notFixed, int leftOut, boolean optimal) {
    }

    /**
     * @param outcomes stress results (with TTR) from which the targets are the scenarios with TTS < TTR
     */
    public static Plan plan(SupplyNetwork network, List<ScenarioOutcome> outcomes, double budget, double holdingRate,
                            int maxScenarios) {
        if (!(budget >= 0) || !(holdingRate >= 0) || maxScenarios < 1) {
            throw new IllegalArgumentException("budget and holding rate must be >= 0, max scenarios >= 1");
        }
        List<ScenarioOutcome> targets = outcomes.stream()
                .filter(o -> o.hasTtr() && o.survivalGapWeeks() > 0)
                .sorted(Comparator.comparingDouble(ScenarioOutcome::performanceImpact).reversed()
                        .thenComparing(o -> String.join(",", o.events())))
                .toList();
        int leftOut = Math.max(0, targets.size() - maxScenarios);
        targets = targets.subList(0, Math.min(maxScenarios, targets.size()));
        double[] costPerUnit = new double[network.partCount()];
        for (int p = 0; p < costPerUnit.length; p++) {
            costPerUnit[p] = network.partUnitCost(p) * holdingRate;
        }
        if (targets.isEmpty()) {
            return new Plan(budget, holdingRate, 0, List.of(), List.of(), List.of(), leftOut, true);
        }
        Cones cones = Cones.of(network);
        OrTools.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("the OR-Tools build has no SCIP solver");
        }
        List<StressLp> copies = new ArrayList<>();
        try {
            List<Knockout> knockouts = new ArrayList<>();
            BitSet parts = new BitSet();
            for (ScenarioOutcome target : targets) {
                Knockout knockout = Knockout.resolve(network, events(target));
                knockouts.add(knockout);
                BitSet scope = cones.touched(knockout);
                scope.stream().forEach(y -> parts.or(cones.parts(y)));
            }
            MPVariable[] stock = new MPVariable[network.partCount()];
            MPConstraint budgetRow = solver.makeConstraint(0, budget, "budget");
            for (int p = parts.nextSetBit(0); p >= 0; p = parts.nextSetBit(p + 1)) {
                stock[p] = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                budgetRow.setCoefficient(stock[p], costPerUnit[p]);
            }
            double maxImpact = targets.get(0).performanceImpact();
            MPVariable[] fixed = new MPVariable[targets.size()];
            MPConstraint weightRow = solver.makeConstraint(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
            for (int k = 0; k < targets.size(); k++) {
                Knockout knockout = knockouts.get(k);
                double ttr = targets.get(k).ttrWeeks();
                StressLp copy = StressLp.copyInto(solver, cones, cones.touched(knockout), stock);
                copies.add(copy);
                copy.apply(knockout);
                copy.fixWeeks(ttr);
                fixed[k] = solver.makeBoolVar("");
                int[] systems = copy.systems();
                MPVariable[] lost = copy.lostVariables();
                for (int i = 0; i < systems.length; i++) {
                    // lost units are weekly rates in the model (see StressLp), at most the weekly demand
                    double most = Numbers.orZero(network.systemDemandPerWeek(systems[i]));
                    MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, most, "");
                    row.setCoefficient(lost[i], 1);
                    row.setCoefficient(fixed[k], most);
                }
                double weight = (maxImpact > 0 ? targets.get(k).performanceImpact() / maxImpact : 0) + SCENARIO_BONUS;
                weightRow.setCoefficient(fixed[k], weight);
            }
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
            solver.setTimeLimit(TIME_LIMIT_MILLIS);
            MPObjective objective = solver.objective();
            for (MPVariable f : fixed) {
                objective.setCoefficient(f, weightRow.getCoefficient(f));
            }
            objective.setMaximization();
            boolean optimal = solve(solver, parameters);
            double best = objective.value();
            weightRow.setLb(best - 1e-7);
            objective.clear();
            for (int p = parts.nextSetBit(0); p >= 0; p = parts.nextSetBit(p + 1)) {
                // a tiny cost per unit keeps free parts (unit cost 0) from being bought in bulk
                objective.setCoefficient(stock[p], costPerUnit[p] + 1e-6);
            }
            objective.setMinimization();
            optimal &= solve(solver, parameters);

            double[] planned = new double[network.partCount()];
            List<Purchase> purchases = new ArrayList<>();
            double total = 0;
            for (int p = parts.nextSetBit(0); p >= 0; p = parts.nextSetBit(p + 1)) {
                double units = StressEvaluator.round(stock[p].solutionValue());
                if (units > 0) {
                    planned[p] = units;
                    double cost = StressEvaluator.round(units * costPerUnit[p]);
                    total += cost;
                    purchases.add(new Purchase(network.partKey(p), units, network.partUnitCost(p), cost));
                }
            }
            List<Target> fixedTargets = new ArrayList<>();
            List<Target> notFixed = new ArrayList<>();
            for (int k = 0; k < targets.size(); k++) {
                ScenarioOutcome o = targets.get(k);
                if (fixed[k].solutionValue() > 0.5) {
                    fixedTargets.add(new Target(o.events(), o.ttrWeeks(), o.ttsWeeks(), o.performanceImpact(), 0));
                } else {
                    double extra = extraCost(cones, knockouts.get(k), o.ttrWeeks(), costPerUnit, planned);
                    notFixed.add(new Target(o.events(), o.ttrWeeks(), o.ttsWeeks(), o.performanceImpact(), extra));
                }
            }
            return new Plan(budget, holdingRate, StressEvaluator.round(total), purchases, fixedTargets, notFixed,
                    leftOut, optimal);
        } finally {
            solver.delete();
        }
    }

    private static boolean solve(MPSolver solver, MPSolverParameters parameters) {
        MPSolver.ResultStatus status = solver.solve(parameters);
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("the stockpile MIP ended " + status);
        }
        return status == MPSolver.ResultStatus.OPTIMAL;
    }

    /** Holding cost of the cheapest stock, on top of the plan, that would fix one scenario. */
    private static double extraCost(Cones cones, Knockout knockout, double ttr, double[] costPerUnit, double[] planned) {
        try (StressLp lp = new StressLp(cones, cones.touched(knockout), true)) {
            lp.apply(knockout);
            double[] extra = lp.solveCheapestStock(ttr, costPerUnit, planned);
            double cost = 0;
            for (int p = 0; p < extra.length; p++) {
                cost += (extra[p] - planned[p]) * costPerUnit[p];
            }
            return StressEvaluator.round(Math.max(0, cost));
        }
    }

    private static List<DisruptionEvent> events(ScenarioOutcome outcome) {
        return outcome.events().stream().map(e -> DisruptionEvent.parse(e).orElseThrow()).toList();
    }
}
