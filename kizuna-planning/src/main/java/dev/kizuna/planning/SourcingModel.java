package dev.kizuna.planning;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sourcing MIP (SCIP through OR-Tools), built for a given subset of targets so that the
 * conflict filter can drop targets one by one.
 *
 * <pre>
 * x(c) in {0,1}      qualify candidate c              w(n) in [0,1]  share of option source n
 * u(p) in [0,1]      share left unmapped (unmapped parts with candidates only)
 * sum_n w(n) + u(p) = 1 for each part in scope;  w(source of c) <= x(c);  u(p) <= 1 - x(c)
 * w(n) * D(p) <= capacity(n)   (a source already above its capacity may keep its current share)
 * budget:        sum_c cost(c) x(c) <= B            byWeeks: x(c) = 0 when weeks(c) > W
 * content:y:     linearised home+ally(y) >= X * value(y)     (see PlanningInstance)
 * keepContent:y: linearised home+ally(y) >= current share * value(y)
 * singleSource:p: v(n) in {0,1}, w(n) >= m * v(n), v <= x for candidates, sum_n v(n) >= 2
 * rule:r:        w(n) = 0 for every option the rule prohibits for a system it binds
 * tts:E:         for each requirement set S of the scenario, sum_{n in S} z(n) >= 1 with
 *                w(n) >= min(m, capacity bound) z(n): some option of S is a qualified source after
 * objective:     max sum_y fleetWeight(y) * home+ally(y) / value0(y)
 *                    - 0.01 * sum_c cost(c) x(c) / costScale - 1e-3 * sum_n |w(n) - w0(n)|
 *                    - 2e-3 * sum over sources now carrying >= m of (1 - k(n)),  w(n) >= m k(n)
 * </pre>
 * ({@link PlanWeights#DEFAULT}). The cost, churn and drop terms make money, moved volume and lost
 * second sources each have to buy content: shares move only where it pays, and a source is dropped
 * only for a target or a clear gain.
 */
final class SourcingModel {

    static {
        Loader.loadNativeLibraries();
    }

    /** A solved plan: shares of every option source, the candidates chosen, the objective's parts. */
    record Solution(double[] share, boolean[] chosen, double contentObjective, double cost) {
    }

    private SourcingModel() {
    }

    /** Solves with the given targets; empty when infeasible. */
    static java.util.Optional<Solution> solve(PlanningInstance in, List<Target> targets, Map<String, int[]> ruleZeros,
                                              Map<String, List<int[]>> survivalCuts, double minVolumeShare,
                                              boolean optimise, PlanWeights weights) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("the OR-Tools SCIP solver is not available");
        }
        try {
            solver.setTimeLimit(60_000);
            var network = in.network;
            int sources = network.sourceCount();
            MPVariable[] w = new MPVariable[sources];
            double[] w0 = new double[sources];
            Map<Integer, MPVariable> unmapped = new HashMap<>();
            MPVariable[] x = new MPVariable[in.candidates.size()];
            Map<Integer, Integer> candidateOfSource = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                x[i] = solver.makeBoolVar("x_" + i);
                candidateOfSource.put(in.candidates.get(i).source(), i);
            }
            MPObjective objective = solver.objective();
            double costScale = 1;
            for (Candidate c : in.candidates) {
                costScale += c.cost();
            }
            for (Target target : targets) {
                if (target instanceof Target.Budget b && b.amount() > 0) {
                    costScale = Math.min(costScale, b.amount());
                }
            }
            for (int p : in.scopedParts) {
                List<Integer> options = in.options(p);
                boolean hasCandidates = options.stream().anyMatch(candidateOfSource::containsKey);
                if (network.isUnmapped(p) && !hasCandidates) {
                    continue;
                }
                MPConstraint sum = solver.makeConstraint(1, 1, "sum_" + p);
                for (int n : options) {
                    w[n] = solver.makeNumVar(0, 1, "w_" + n);
                    w0[n] = network.isQualified(n) ? network.sourceShare(n) : 0;
                    sum.setCoefficient(w[n], 1);
                    Integer c = candidateOfSource.get(n);
                    if (c != null) {
                        MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "link_" + n);
                        link.setCoefficient(w[n], 1);
                        link.setCoefficient(x[c], -1);
                    }
                    double demand = in.partDemand[p];
                    double capacity = network.sourceCapacityPerWeek(n);
                    if (demand > 0 && Double.isFinite(capacity)) {
                        w[n].setUb(Math.min(1, Math.max(capacity / demand, w0[n])));
                    }
                    if (optimise) {
                        MPVariable d = solver.makeNumVar(0, 1, "d_" + n);
                        MPConstraint up = solver.makeConstraint(-w0[n], Double.POSITIVE_INFINITY, "du_" + n);
                        up.setCoefficient(d, 1);
                        up.setCoefficient(w[n], -1);
                        MPConstraint down = solver.makeConstraint(w0[n], Double.POSITIVE_INFINITY, "dd_" + n);
                        down.setCoefficient(d, 1);
                        down.setCoefficient(w[n], 1);
                        objective.setCoefficient(d, -weights.churn());
                        objective.setCoefficient(w[n], weights.content() * contentCoefficient(in, p, in.sourceContent[n]));
                        if (weights.drop() > 0 && w0[n] >= minVolumeShare - 1e-9) {
                            MPVariable kept = solver.makeBoolVar("k_" + n);
                            MPConstraint keeps = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "keep_" + n);
                            keeps.setCoefficient(w[n], 1);
                            keeps.setCoefficient(kept, -minVolumeShare);
                            objective.setCoefficient(kept, weights.drop());
                        }
                    }
                }
                if (network.isUnmapped(p)) {
                    MPVariable u = solver.makeNumVar(0, 1, "u_" + p);
                    unmapped.put(p, u);
                    sum.setCoefficient(u, 1);
                    for (int n : options) {
                        Integer c = candidateOfSource.get(n);
                        MPConstraint off = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1, "unmapped_" + n);
                        off.setCoefficient(u, 1);
                        off.setCoefficient(x[c], 1);
                    }
                    if (optimise) {
                        objective.setCoefficient(u, weights.content() * contentCoefficient(in, p, in.unmappedContent[p]));
                    }
                }
            }
            if (optimise) {
                for (int i = 0; i < x.length; i++) {
                    objective.setCoefficient(x[i], -weights.cost() * in.candidates.get(i).cost() / costScale);
                }
                objective.setMaximization();
            }
            Map<Integer, MPVariable> carries = new HashMap<>();
            for (Target target : targets) {
                switch (target) {
                    case Target.Budget b -> {
                        MPConstraint budget = solver.makeConstraint(Double.NEGATIVE_INFINITY, b.amount(), "budget");
                        for (int i = 0; i < x.length; i++) {
                            budget.setCoefficient(x[i], in.candidates.get(i).cost());
                        }
                    }
                    case Target.ByWeeks t -> {
                        for (int i = 0; i < x.length; i++) {
                            if (in.candidates.get(i).weeks() > t.weeks() + 1e-9) {
                                x[i].setUb(0);
                            }
                        }
                    }
                    case Target.Content t -> content(solver, in, network.getSystem(new dev.kizuna.supply.model.SystemId(t.system())),
                            t.share(), w, w0, unmapped, t.id());
                    case Target.KeepContent t -> content(solver, in, network.getSystem(new dev.kizuna.supply.model.SystemId(t.system())),
                            t.share() - 1e-9, w, w0, unmapped, t.id());
                    case Target.SingleSource t -> {
                        int p = network.getPart(new dev.kizuna.supply.model.PartId(t.part()));
                        MPConstraint count = solver.makeConstraint(2, Double.POSITIVE_INFINITY, t.id());
                        for (int n : in.options(p)) {
                            if (w[n] == null) {
                                continue;
                            }
                            MPVariable v = solver.makeBoolVar("v_" + n);
                            count.setCoefficient(v, 1);
                            MPConstraint enough = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "vmin_" + n);
                            enough.setCoefficient(w[n], 1);
                            enough.setCoefficient(v, -minVolumeShare);
                        }
                    }
                    case Target.RuleCompliance t -> {
                        for (int n : ruleZeros.getOrDefault(t.id(), new int[0])) {
                            if (w[n] != null) {
                                w[n].setUb(0);
                            }
                        }
                    }
                    case Target.Survival t -> {
                        for (int[] options : survivalCuts.getOrDefault(t.id(), List.of())) {
                            MPConstraint atLeastOne = solver.makeConstraint(1, Double.POSITIVE_INFINITY, t.id());
                            boolean any = false;
                            for (int n : options) {
                                if (w[n] != null) {
                                    atLeastOne.setCoefficient(carries(solver, carries, w, n, minVolumeShare), 1);
                                    any = true;
                                }
                            }
                            if (!any) {
                                // no option can meet it: infeasible whatever else the model holds
                                return java.util.Optional.empty();
                            }
                        }
                    }
                }
            }
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return java.util.Optional.empty();
            }
            double[] share = Arrays.copyOf(w0, sources);
            for (int n = 0; n < sources; n++) {
                if (w[n] != null) {
                    share[n] = Math.max(0, Plans.round(w[n].solutionValue(), 1e-9));
                }
            }
            boolean[] chosen = new boolean[x.length];
            double cost = 0;
            for (int i = 0; i < x.length; i++) {
                chosen[i] = x[i].solutionValue() > 0.5 && share[in.candidates.get(i).source()] > 0;
                if (chosen[i]) {
                    cost += in.candidates.get(i).cost();
                }
            }
            return java.util.Optional.of(new Solution(share, chosen, optimise ? objective.value() : 0, cost));
        } finally {
            solver.delete();
        }
    }

    /**
     * A binary that is 1 only when option n carries volume (at least the minimum share, or what its
     * capacity allows if less): only then is it a qualified source of the changed dataset, which is
     * what the stress LP sees.
     */
    private static MPVariable carries(MPSolver solver, Map<Integer, MPVariable> carries, MPVariable[] w, int n,
                                      double minVolumeShare) {
        return carries.computeIfAbsent(n, k -> {
            MPVariable z = solver.makeBoolVar("z_" + n);
            double least = Math.max(1e-4, Math.min(minVolumeShare, w[n].ub()));
            MPConstraint link = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "carries_" + n);
            link.setCoefficient(w[n], 1);
            link.setCoefficient(z, -least);
            return z;
        });
    }

    /** Objective weight of one unit of share on an option with that content vector. */
    private static double contentCoefficient(PlanningInstance in, int part, double[] content) {
        double coefficient = 0;
        for (int y = 0; y < in.network.systemCount(); y++) {
            double value = PlanningInstance.total(in.systemContent[y]);
            if (value > 0 && in.flow[y][part] > 0) {
                coefficient += in.systemWeight[y] * in.flow[y][part] * PlanningInstance.homeAlly(content) / value;
            }
        }
        return coefficient;
    }

    /** linearised home+ally(y) - share * value(y) >= 0. */
    private static void content(MPSolver solver, PlanningInstance in, int y, double share, MPVariable[] w, double[] w0,
                                Map<Integer, MPVariable> unmapped, String name) {
        double[] c0 = in.systemContent[y];
        double rhs = share * PlanningInstance.total(c0) - PlanningInstance.homeAlly(c0);
        MPConstraint constraint = solver.makeConstraint(0, Double.POSITIVE_INFINITY, name);
        double constant = 0;
        for (int p : in.scopedParts) {
            double flow = in.flow[y][p];
            if (flow <= 0) {
                continue;
            }
            for (int n : in.options(p)) {
                if (w[n] == null) {
                    continue;
                }
                double coefficient = flow * (PlanningInstance.homeAlly(in.sourceContent[n])
                        - share * PlanningInstance.total(in.sourceContent[n]));
                constraint.setCoefficient(w[n], coefficient);
                constant += coefficient * w0[n];
            }
            MPVariable u = unmapped.get(p);
            if (u != null) {
                double coefficient = flow * (PlanningInstance.homeAlly(in.unmappedContent[p])
                        - share * PlanningInstance.total(in.unmappedContent[p]));
                constraint.setCoefficient(u, coefficient);
                constant += coefficient;
            }
        }
        // sum coef * w >= rhs + sum coef * w0
        constraint.setLb(rhs + constant - 1e-9);
    }
}
