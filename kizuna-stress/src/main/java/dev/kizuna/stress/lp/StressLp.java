package dev.kizuna.stress.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The linear program of spec 3.9 over the cones of a set of systems (the scope); knockouts, the
 * duration and extra stock change bounds and coefficients only, and every solve starts from scratch.
 *
 * <h2>Rate form</h2>
 * Every constraint of 3.9 is divided by the duration t: production, flows and lost units become
 * weekly rates (u/t, y/t, l/t) and the stocks enter through one variable {@code s = 1/t}:
 * <pre>
 * q * u(p,s) <= sum of y into (p,s) for c                (rates)
 * sum of y out of (c,s') <= u(c,s') + stock(c,s') * s
 * sum of y out of pool(c) <= stock(c, no site) * s
 * u(p,s) <= capacity_per_week(p,s)                         (a bound, no row)
 * sum_p u(p,s) <= sites.capacity_per_week(s)
 * l(S) + delivered(S) >= demand_per_week(S)
 * </pre>
 * This is exact for t > 0. The impact LP fixes s = 1/TTR and minimises sum cost * l (impact = TTR
 * times the optimum); the TTS LP lets l = 0 and minimises s >= 1/horizon (TTS = 1/s, 0 when no s
 * is feasible). The capacities are plain bounds and t is no dense column, which keeps the simplex fast.
 *
 * <p>Other details where the spec is silent: a part all of whose uses in the scope may draw on all
 * its qualified sources (no approved-site restriction) gets one balance row instead of flow variables
 * (a complete bipartite transport is feasible exactly when supply covers use). A system draws its top
 * part through delivery variables that share the sources' rows, so a top part used twice is not
 * counted twice. An unmapped part is always available (free supply) unless a {@code part:} event
 * knocks it out, after which only its pooled stock remains. Stock stays usable when its site or part
 * is knocked out.
 *
 * <p>Not thread-safe: one instance per worker. Holds native memory: {@link #close()} it.
 */
public final class StressLp implements AutoCloseable {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double DUAL_EPSILON = 1e-9;

    private final SupplyNetwork net;
    private final int[] systems;
    private final int[] sources;
    private final int[] localSource;
    private final int[] parts;
    private final int[] localPart;
    private final boolean stockVariables;
    private final boolean ownsSolver;
    private final boolean[] aggregated;

    private final MPSolver solver;
    /** 1 / duration */
    private final MPVariable inverseWeeks;
    private final MPVariable[] u;
    private final double[] capacity;
    private final MPVariable[] lost;
    private final MPVariable[] extraStock;
    private final List<List<MPVariable>> freeFlows;
    private final List<List<MPVariable>> deliveries;
    private final MPConstraint[] outflowRow;
    private final MPConstraint[] poolRow;
    private final int[] capacitySites;
    private final MPConstraint[] siteCapacityRow;
    private final MPConstraint costRow;

    private final List<MPVariable> zeroed = new ArrayList<>();
    private final BitSet downSources = new BitSet();
    private final double[] stockBoost;
    private final double[] poolBoost;

    /**
     * @param scope          the systems whose cones make the model
     * @param stockVariables add, for every part of the scope, a variable of extra pooled stock and
     *                       pool flows on every bill row (the stockpile planner's model)
     */
    public StressLp(Cones cones, BitSet scope, boolean stockVariables) {
        this(cones, scope, OrTools.glop(), true, stockVariables, null);
    }

    /**
     * A copy of the model inside a shared solver (the stockpile MIP), whose extra pooled stock is the
     * shared variable of each part ({@code sharedStock[part]}, global part index). The copy's objective
     * and solve are the caller's; this object only keeps the copy's variables. Call {@link #fixWeeks}.
     */
    public static StressLp copyInto(MPSolver solver, Cones cones, BitSet scope, MPVariable[] sharedStock) {
        return new StressLp(cones, scope, solver, false, true, sharedStock);
    }

    private StressLp(Cones cones, BitSet scope, MPSolver solver, boolean ownsSolver, boolean stockVariables,
                     MPVariable[] sharedStock) {
        this.net = cones.network();
        this.stockVariables = stockVariables;
        this.ownsSolver = ownsSolver;
        this.solver = solver;
        this.systems = scope.stream().toArray();
        BitSet sourceSet = new BitSet();
        BitSet partSet = new BitSet();
        for (int y : systems) {
            sourceSet.or(cones.sources(y));
            partSet.or(cones.parts(y));
        }
        sources = sourceSet.stream().toArray();
        parts = partSet.stream().toArray();
        localSource = new int[net.sourceCount()];
        Arrays.fill(localSource, -1);
        for (int i = 0; i < sources.length; i++) {
            localSource[sources[i]] = i;
        }
        localPart = new int[net.partCount()];
        Arrays.fill(localPart, -1);
        for (int j = 0; j < parts.length; j++) {
            localPart[parts[j]] = j;
        }
        stockBoost = new double[sources.length];
        poolBoost = new double[parts.length];
        aggregated = aggregatedParts();

        inverseWeeks = solver.makeNumVar(0, INF, "");
        u = new MPVariable[sources.length];
        capacity = new double[sources.length];
        outflowRow = new MPConstraint[sources.length];
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            double cap = net.sourceCapacityPerWeek(n);
            capacity[i] = Numbers.isPresent(cap) ? cap : INF;
            u[i] = solver.makeNumVar(0, capacity[i], "");
            if (!aggregated[localPart[net.sourcePart(n)]]) {
                outflowRow[i] = solver.makeConstraint(-INF, 0, "");
                outflowRow[i].setCoefficient(u[i], -1);
                outflowRow[i].setCoefficient(inverseWeeks, -net.sourceStockUnits(n));
            }
        }
        poolRow = new MPConstraint[parts.length];
        extraStock = new MPVariable[parts.length];
        freeFlows = new ArrayList<>(parts.length);
        for (int j = 0; j < parts.length; j++) {
            freeFlows.add(new ArrayList<>(0));
            int c = parts[j];
            double stock = net.pooledStockUnits(c);
            if (aggregated[j]) {
                // one balance row: every use of c <= all its sources' production + all its stock
                poolRow[j] = solver.makeConstraint(-INF, 0, "");
                for (int n = net.sourceStart(c); n < net.qualifiedSourceEnd(c); n++) {
                    poolRow[j].setCoefficient(u[localSource[n]], -1);
                    stock += net.sourceStockUnits(n);
                }
                if (net.isUnmapped(c)) {
                    MPVariable free = solver.makeNumVar(0, INF, "");
                    poolRow[j].setCoefficient(free, -1);
                    freeFlows.get(j).add(free);
                }
            } else if (stock > 0 || stockVariables) {
                poolRow[j] = solver.makeConstraint(-INF, 0, "");
            }
            if (poolRow[j] != null) {
                poolRow[j].setCoefficient(inverseWeeks, -stock);
            }
            if (stockVariables) {
                extraStock[j] = sharedStock != null ? sharedStock[c] : solver.makeNumVar(0, INF, "");
            }
        }
        buildCouplingRows();
        List<Integer> sitesWithCapacity = new ArrayList<>();
        List<MPConstraint> siteRows = new ArrayList<>();
        buildSiteRows(sitesWithCapacity, siteRows);
        capacitySites = sitesWithCapacity.stream().mapToInt(Integer::intValue).toArray();
        siteCapacityRow = siteRows.toArray(MPConstraint[]::new);
        lost = new MPVariable[systems.length];
        deliveries = new ArrayList<>(systems.length);
        buildDemandRows();
        costRow = solver.makeConstraint(-INF, INF, "");
        for (int k = 0; k < systems.length; k++) {
            costRow.setCoefficient(lost[k], shortfallCost(systems[k]));
        }
    }

    /**
     * Parts whose every use in the scope may draw on all their qualified sources (no approved-site
     * restriction). For them the flows of spec 3.9 form a complete bipartite transport, feasible exactly
     * when total supply covers total use, so one balance row replaces the flow variables: the model
     * stays exact and shrinks by the number of (row, approved source) pairs.
     */
    private boolean[] aggregatedParts() {
        boolean[] result = new boolean[parts.length];
        Arrays.fill(result, true);
        for (int n : sources) {
            for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                int row = net.billRow(b);
                int child = net.rowChild(row);
                if (net.approvedEnd(row) - net.approvedStart(row) < net.qualifiedSourceCount(child)) {
                    result[localPart[child]] = false;
                }
            }
        }
        return result;
    }

    /**
     * Bill coupling of parts that keep flows. Rows of one child with the same approved sources share
     * one coupling row ({@code sum of q * u over the rows <= flows in}) and one flow per approved
     * source: the flows between those sources and those rows form a complete bipartite transport, so
     * the shared row is exact (any inflow can be split among the rows) and the model shrinks.
     */
    private void buildCouplingRows() {
        java.util.Map<List<Integer>, MPConstraint> groups = new java.util.HashMap<>();
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                int row = net.billRow(b);
                int child = net.rowChild(row);
                int j = localPart[child];
                if (aggregated[j]) {
                    poolRow[j].setCoefficient(u[i], poolRow[j].getCoefficient(u[i]) + net.rowQuantity(row));
                    continue;
                }
                List<Integer> key = new ArrayList<>(1 + net.approvedEnd(row) - net.approvedStart(row));
                key.add(child);
                for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
                    key.add(net.approvedSource(a));
                }
                key.subList(1, key.size()).sort(null);
                MPConstraint coupling = groups.get(key);
                if (coupling != null) {
                    coupling.setCoefficient(u[i], coupling.getCoefficient(u[i]) + net.rowQuantity(row));
                    continue;
                }
                coupling = solver.makeConstraint(-INF, 0, "");
                groups.put(key, coupling);
                coupling.setCoefficient(u[i], net.rowQuantity(row));
                for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
                    int m = localSource[net.approvedSource(a)];
                    MPVariable y = solver.makeNumVar(0, INF, "");
                    coupling.setCoefficient(y, -1);
                    outflowRow[m].setCoefficient(y, 1);
                }
                if (poolRow[j] != null) {
                    MPVariable y = solver.makeNumVar(0, INF, "");
                    coupling.setCoefficient(y, -1);
                    poolRow[j].setCoefficient(y, 1);
                }
                if (net.isUnmapped(child)) {
                    MPVariable y = solver.makeNumVar(0, INF, "");
                    coupling.setCoefficient(y, -1);
                    freeFlows.get(j).add(y);
                }
            }
        }
    }

    private void buildSiteRows(List<Integer> sitesWithCapacity, List<MPConstraint> siteRows) {
        BitSet sites = new BitSet();
        for (int n : sources) {
            sites.set(net.sourceSite(n));
        }
        for (int s = sites.nextSetBit(0); s >= 0; s = sites.nextSetBit(s + 1)) {
            double siteCapacity = net.siteCapacityPerWeek(s);
            if (!Numbers.isPresent(siteCapacity)) {
                continue;
            }
            MPConstraint row = solver.makeConstraint(-INF, siteCapacity, "");
            for (int k = net.siteSourceStart(s); k < net.siteSourceEnd(s); k++) {
                int i = localSource[net.siteSource(k)];
                if (i >= 0) {
                    row.setCoefficient(u[i], 1);
                }
            }
            sitesWithCapacity.add(s);
            siteRows.add(row);
        }
    }

    private void buildDemandRows() {
        for (int k = 0; k < systems.length; k++) {
            int top = net.systemTopPart(systems[k]);
            int j = localPart[top];
            MPConstraint demand = solver.makeConstraint(demand(systems[k]), INF, "");
            lost[k] = solver.makeNumVar(0, INF, "");
            demand.setCoefficient(lost[k], 1);
            List<MPVariable> delivered = new ArrayList<>();
            if (aggregated[j]) {
                MPVariable z = solver.makeNumVar(0, INF, "");
                demand.setCoefficient(z, 1);
                poolRow[j].setCoefficient(z, 1);
                deliveries.add(List.of(z));
                continue;
            }
            for (int n = net.sourceStart(top); n < net.qualifiedSourceEnd(top); n++) {
                MPVariable z = solver.makeNumVar(0, INF, "");
                demand.setCoefficient(z, 1);
                outflowRow[localSource[n]].setCoefficient(z, 1);
                delivered.add(z);
            }
            if (poolRow[j] != null) {
                MPVariable z = solver.makeNumVar(0, INF, "");
                demand.setCoefficient(z, 1);
                poolRow[j].setCoefficient(z, 1);
                delivered.add(z);
            }
            if (net.isUnmapped(top)) {
                MPVariable z = solver.makeNumVar(0, INF, "");
                demand.setCoefficient(z, 1);
                freeFlows.get(j).add(z);
                delivered.add(z);
            }
            deliveries.add(delivered);
        }
    }

    private double demand(int system) {
        return Numbers.orZero(net.systemDemandPerWeek(system));
    }

    private double shortfallCost(int system) {
        return Numbers.orZero(net.systemShortfallCostPerUnit(system));
    }

    /** Systems of the scope, ascending. */
    public int[] systems() {
        return systems.clone();
    }

    /** Global indexes of the parts of the scope, ascending. */
    public int[] parts() {
        return parts.clone();
    }

    public int variableCount() {
        return solver.numVariables();
    }

    public int constraintCount() {
        return solver.numConstraints();
    }

    /** Stops production at knocked-out sites and of knocked-out parts; replaces the previous knockout. */
    public void apply(Knockout knockout) {
        clearKnockout();
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            if (knockout.isSiteDown(net.sourceSite(n)) || knockout.isPartDown(net.sourcePart(n))) {
                u[i].setUb(0);
                downSources.set(i);
            }
        }
        for (int j = 0; j < parts.length; j++) {
            if (knockout.isPartDown(parts[j])) {
                freeFlows.get(j).forEach(v -> {
                    v.setUb(0);
                    zeroed.add(v);
                });
            }
        }
    }

    public void clearKnockout() {
        for (int i = downSources.nextSetBit(0); i >= 0; i = downSources.nextSetBit(i + 1)) {
            u[i].setUb(capacity[i]);
        }
        zeroed.forEach(v -> v.setUb(INF));
        zeroed.clear();
        downSources.clear();
    }

    /** Knocked-out sources of the scope (global source indexes): the production that stops. */
    public int[] stoppedSources() {
        return downSources.stream().map(i -> sources[i]).toArray();
    }

    /** Adds units to the stock at a source (global index) or, with source -1, to a part's pool. */
    public void setExtraStock(int source, int part, double units) {
        MPConstraint row;
        double before;
        if (source >= 0) {
            int i = localSource[source];
            int j = localPart[net.sourcePart(source)];
            row = aggregated[j] ? poolRow[j] : outflowRow[i];
            before = stockBoost[i];
            stockBoost[i] = units;
        } else {
            int j = localPart[part];
            row = poolRow[j];
            if (row == null) {
                throw new IllegalArgumentException("part " + net.partKey(part) + " has no pool row in this model");
            }
            before = poolBoost[j];
            poolBoost[j] = units;
        }
        row.setCoefficient(inverseWeeks, row.getCoefficient(inverseWeeks) - units + before);
    }

    public boolean hasPart(int part) {
        return localPart[part] >= 0;
    }

    public boolean hasSource(int source) {
        return localSource[source] >= 0;
    }

    /** Fixes the duration; extra stock variables enter the pool rows divided by it. */
    public void fixWeeks(double weeks) {
        if (!(weeks > 0)) {
            throw new IllegalArgumentException("weeks must be > 0, got " + weeks);
        }
        inverseWeeks.setBounds(1 / weeks, 1 / weeks);
        if (stockVariables) {
            for (int j = 0; j < parts.length; j++) {
                poolRow[j].setCoefficient(extraStock[j], -1 / weeks);
            }
        }
    }

    /** Lost-unit variables by scope system, as weekly rates (same order as {@link #systems()}). */
    public MPVariable[] lostVariables() {
        return lost.clone();
    }

    /** Performance impact over {@code weeks}: the minimum of sum cost * lost, and the lost units. */
    public Impact solveImpact(double weeks) {
        if (weeks == 0) {
            return new Impact(0, systems.clone(), new double[systems.length], List.of());
        }
        fixWeeks(weeks);
        for (MPVariable l : lost) {
            l.setBounds(0, INF);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        for (int k = 0; k < systems.length; k++) {
            objective.setCoefficient(lost[k], shortfallCost(systems[k]));
        }
        objective.setMinimization();
        requireOptimal(solve(), "impact");
        double rate = Math.max(0, objective.value());
        List<Binding> bindings = bindings(1);
        boolean zeroCostDemand = false;
        for (int y : systems) {
            zeroCostDemand |= shortfallCost(y) <= 0 && demand(y) > 0;
        }
        if (zeroCostDemand) {
            // lost units of a system without a shortfall cost are otherwise arbitrary: take the fewest
            costRow.setUb(rate + 1e-9 * Math.max(1, rate));
            objective.clear();
            for (MPVariable l : lost) {
                objective.setCoefficient(l, 1);
            }
            objective.setMinimization();
            requireOptimal(solve(), "lost units");
            costRow.setUb(INF);
        }
        double[] lostUnits = new double[systems.length];
        for (int k = 0; k < systems.length; k++) {
            lostUnits[k] = Math.max(0, lost[k].solutionValue()) * weeks;
        }
        return new Impact(rate * weeks, systems.clone(), lostUnits, bindings);
    }

    /** Time to survive: the largest t up to the horizon with every lost unit 0 (0 when none is). */
    public Survival solveTts(double horizonWeeks) {
        inverseWeeks.setBounds(1 / horizonWeeks, INF);
        for (MPVariable l : lost) {
            l.setBounds(0, 0);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        objective.setCoefficient(inverseWeeks, 1);
        objective.setMinimization();
        MPSolver.ResultStatus status = solve();
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            // even a moment of the disruption loses units: no stock covers the missing supply
            return new Survival(0, false, List.of());
        }
        requireOptimal(status, "time to survive");
        double inverse = inverseWeeks.solutionValue();
        double weeks = Math.min(horizonWeeks, 1 / inverse);
        boolean capped = inverse <= (1 / horizonWeeks) * (1 + 1e-9);
        return new Survival(capped ? horizonWeeks : weeks, capped, capped ? List.of() : bindings(weeks));
    }

    /** The most units of a scope system deliverable in {@code weeks}, other systems' demand ignored. */
    public Surge solveMaxDelivery(int system, double weeks) {
        int k = Arrays.binarySearch(systems, system);
        if (k < 0) {
            throw new IllegalArgumentException("system " + net.systemKey(system) + " is not in the model");
        }
        fixWeeks(weeks);
        for (MPVariable l : lost) {
            l.setBounds(0, INF);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        for (MPVariable z : deliveries.get(k)) {
            objective.setCoefficient(z, 1);
        }
        objective.setMaximization();
        requireOptimal(solve(), "surge");
        return new Surge(Math.max(0, objective.value()) * weeks, bindings(1));
    }

    /**
     * The cheapest extra pooled stock that keeps every lost unit 0 for {@code weeks}; needs a model
     * built with stock variables. {@code minExtra[p]} (by global part) is stock already planned.
     *
     * @return extra pooled units by global part index (0 for parts outside the scope)
     */
    public double[] solveCheapestStock(double weeks, double[] costPerUnit, double[] minExtra) {
        if (!stockVariables) {
            throw new IllegalStateException("model built without stock variables");
        }
        fixWeeks(weeks);
        for (MPVariable l : lost) {
            l.setBounds(0, 0);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        for (int j = 0; j < parts.length; j++) {
            extraStock[j].setBounds(minExtra[parts[j]], INF);
            // a tiny cost per unit picks the fewest units among plans of equal cost (free parts)
            objective.setCoefficient(extraStock[j], costPerUnit[parts[j]] + 1e-6);
        }
        objective.setMinimization();
        requireOptimal(solve(), "stockpile");
        double[] extra = new double[net.partCount()];
        for (int j = 0; j < parts.length; j++) {
            extra[parts[j]] = Math.max(minExtra[parts[j]], extraStock[j].solutionValue());
        }
        return extra;
    }

    private MPSolver.ResultStatus solve() {
        // from scratch: results depend only on the model, and GLOP's presolve runs (a warm restart skips it)
        solver.reset();
        MPSolver.ResultStatus status = solver.solve();
        if (status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.NOT_SOLVED) {
            // numerical trouble in the dual simplex: retry with the primal
            solver.setSolverSpecificParametersAsString("use_dual_simplex: false");
            solver.reset();
            status = solver.solve();
            solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
        }
        return status;
    }

    private static void requireOptimal(MPSolver.ResultStatus status, String what) {
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the " + what + " LP ended " + status);
        }
    }

    /**
     * Constraints with a non-zero dual at the last optimum, largest shadow price first. In rate form a
     * dual is per unit of weekly rate; times {@code perUnit} it is per unit of capacity over the period
     * or of stock: 1 for the impact and surge LPs, t for the TTS LP (dt = -ds / s^2).
     */
    private List<Binding> bindings(double perUnit) {
        List<Binding> list = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            String part = net.partKey(net.sourcePart(n));
            String site = net.siteKey(net.sourceSite(n));
            if (!downSources.get(i) && capacity[i] < INF && u[i].solutionValue() >= capacity[i] * (1 - 1e-9)) {
                double reduced = Math.abs(u[i].reducedCost());
                if (reduced > DUAL_EPSILON) {
                    list.add(new Binding(Binding.Kind.SOURCE_CAPACITY, part, site, reduced * perUnit));
                }
            }
            double dual = outflowRow[i] == null ? 0 : Math.abs(outflowRow[i].dualValue());
            if (dual > DUAL_EPSILON) {
                boolean down = downSources.get(i);
                if (!down || net.sourceStockUnits(n) + stockBoost[i] > 0) {
                    list.add(new Binding(down ? Binding.Kind.STOCK_RUNS_OUT : Binding.Kind.SOURCE_OUTPUT, part, site,
                            dual * perUnit));
                }
            }
        }
        for (int k = 0; k < capacitySites.length; k++) {
            double dual = Math.abs(siteCapacityRow[k].dualValue());
            if (dual > DUAL_EPSILON) {
                list.add(new Binding(Binding.Kind.SITE_CAPACITY, null, net.siteKey(capacitySites[k]), dual * perUnit));
            }
        }
        for (int j = 0; j < parts.length; j++) {
            if (poolRow[j] == null) {
                continue;
            }
            double dual = Math.abs(poolRow[j].dualValue()) * perUnit;
            if (dual <= DUAL_EPSILON) {
                continue;
            }
            String part = net.partKey(parts[j]);
            boolean stockNamed = false;
            if (net.pooledStockUnits(parts[j]) + poolBoost[j] > 0) {
                list.add(new Binding(Binding.Kind.POOLED_STOCK, part, null, dual));
                stockNamed = true;
            }
            if (aggregated[j]) {
                for (int n = net.sourceStart(parts[j]); n < net.qualifiedSourceEnd(parts[j]); n++) {
                    int i = localSource[n];
                    if (downSources.get(i) && net.sourceStockUnits(n) + stockBoost[i] > 0) {
                        list.add(new Binding(Binding.Kind.STOCK_RUNS_OUT, part, net.siteKey(net.sourceSite(n)), dual));
                        stockNamed = true;
                    }
                }
                if (!stockNamed) {
                    list.add(new Binding(Binding.Kind.PART_SUPPLY, part, null, dual));
                }
            }
        }
        list.sort(Comparator.comparingDouble(Binding::shadowPrice).reversed()
                .thenComparing(b -> b.kind().ordinal())
                .thenComparing(b -> b.part() == null ? "" : b.part())
                .thenComparing(b -> b.site() == null ? "" : b.site()));
        return list;
    }

    @Override
    public void close() {
        if (ownsSolver) {
            solver.delete();
        }
    }

    /** Result of {@link #solveImpact}: lost units by scope system (same order as {@code systems}). */
    public record Impact(double impact, int[] systems, double[] lostUnits, List<Binding> bindings) {
    }

    public record Survival(double weeks, boolean capped, List<Binding> bindings) {
    }

    public record Surge(double units, List<Binding> bindings) {
    }
}
