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
 * The linear program of spec 3.9 over the cones of a set of systems (the scope), built once and
 * re-solved for many scenarios by changing bounds only. The duration {@code t} is a variable, so
 * the capacity rows {@code u <= cap * t} and demand rows {@code l + delivered >= demand * t} are
 * linear: fixing {@code t} to the TTR gives the impact LP, freeing it with {@code l = 0} and
 * maximising it gives the TTS LP, exactly and without bisection.
 *
 * <p>Modelling details where the spec is silent: a system draws its top part through delivery
 * variables (from each top-part source and the top part's pool) that share the sources' outflow
 * rows, so two systems with one top part, or a top part that is also a component, are not counted
 * twice. An unmapped part is always available (free supply) unless a {@code part:} event knocks it
 * out, after which only its pooled stock remains. Stock stays usable when its site or part is
 * knocked out.
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

    private final MPSolver solver;
    private final MPVariable t;
    private final MPVariable[] u;
    private final MPVariable[] lost;
    private final MPVariable[] extraStock;
    private final List<List<MPVariable>> freeFlows;
    private final List<List<MPVariable>> deliveries;
    private final MPConstraint[] sourceCapacityRow;
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
     * and solve are the caller's; this object only keeps the copy's variables.
     */
    public static StressLp copyInto(MPSolver solver, Cones cones, BitSet scope, MPVariable[] sharedStock) {
        return new StressLp(cones, scope, solver, false, true, sharedStock);
    }

    private StressLp(Cones cones, BitSet scope, MPSolver solver, boolean ownsSolver, boolean stockVariables,
                     MPVariable[] sharedStock) {
        this.net = cones.network();
        this.stockVariables = stockVariables;
        this.ownsSolver = ownsSolver;
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

        this.solver = solver;
        t = solver.makeNumVar(0, 0, "");
        u = new MPVariable[sources.length];
        outflowRow = new MPConstraint[sources.length];
        sourceCapacityRow = new MPConstraint[sources.length];
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            u[i] = solver.makeNumVar(0, INF, "");
            outflowRow[i] = solver.makeConstraint(-INF, net.sourceStockUnits(n), "");
            outflowRow[i].setCoefficient(u[i], -1);
            double capacity = net.sourceCapacityPerWeek(n);
            if (Numbers.isPresent(capacity)) {
                sourceCapacityRow[i] = solver.makeConstraint(-INF, 0, "");
                sourceCapacityRow[i].setCoefficient(u[i], 1);
                sourceCapacityRow[i].setCoefficient(t, -capacity);
            }
        }
        poolRow = new MPConstraint[parts.length];
        extraStock = new MPVariable[parts.length];
        freeFlows = new ArrayList<>(parts.length);
        for (int j = 0; j < parts.length; j++) {
            freeFlows.add(new ArrayList<>(0));
            double pooled = net.pooledStockUnits(parts[j]);
            if (pooled > 0 || stockVariables) {
                poolRow[j] = solver.makeConstraint(-INF, pooled, "");
            }
            if (stockVariables) {
                extraStock[j] = sharedStock != null ? sharedStock[parts[j]] : solver.makeNumVar(0, INF, "");
                poolRow[j].setCoefficient(extraStock[j], -1);
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

    private void buildCouplingRows() {
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                int row = net.billRow(b);
                int child = net.rowChild(row);
                int j = localPart[child];
                MPConstraint coupling = solver.makeConstraint(-INF, 0, "");
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
            double capacity = net.siteCapacityPerWeek(s);
            if (!Numbers.isPresent(capacity)) {
                continue;
            }
            MPConstraint row = solver.makeConstraint(-INF, 0, "");
            for (int k = net.siteSourceStart(s); k < net.siteSourceEnd(s); k++) {
                int i = localSource[net.siteSource(k)];
                if (i >= 0) {
                    row.setCoefficient(u[i], 1);
                }
            }
            row.setCoefficient(t, -capacity);
            sitesWithCapacity.add(s);
            siteRows.add(row);
        }
    }

    private void buildDemandRows() {
        for (int k = 0; k < systems.length; k++) {
            int top = net.systemTopPart(systems[k]);
            int j = localPart[top];
            List<MPVariable> delivered = new ArrayList<>();
            MPConstraint demand = solver.makeConstraint(0, INF, "");
            lost[k] = solver.makeNumVar(0, INF, "");
            demand.setCoefficient(lost[k], 1);
            demand.setCoefficient(t, -demand(systems[k]));
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
                zero(u[i]);
                downSources.set(i);
            }
        }
        for (int j = 0; j < parts.length; j++) {
            if (knockout.isPartDown(parts[j])) {
                freeFlows.get(j).forEach(this::zero);
            }
        }
    }

    private void zero(MPVariable variable) {
        variable.setUb(0);
        zeroed.add(variable);
    }

    public void clearKnockout() {
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
        if (source >= 0) {
            int i = localSource[source];
            stockBoost[i] = units;
            outflowRow[i].setUb(net.sourceStockUnits(source) + units);
        } else {
            int j = localPart[part];
            if (poolRow[j] == null) {
                throw new IllegalArgumentException("part " + net.partKey(part) + " has no pool row in this model");
            }
            poolBoost[j] = units;
            poolRow[j].setUb(net.pooledStockUnits(part) + units);
        }
    }

    public boolean hasPart(int part) {
        return localPart[part] >= 0;
    }

    public boolean hasSource(int source) {
        return localSource[source] >= 0;
    }

    /** Performance impact at duration {@code weeks}: the minimum of sum cost * lost, and the lost units. */
    public Impact solveImpact(double weeks) {
        t.setBounds(weeks, weeks);
        for (MPVariable l : lost) {
            l.setBounds(0, INF);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        for (int k = 0; k < systems.length; k++) {
            objective.setCoefficient(lost[k], shortfallCost(systems[k]));
        }
        objective.setMinimization();
        solveOptimal("impact");
        double impact = Math.max(0, objective.value());
        List<Binding> bindings = bindings();
        boolean zeroCostDemand = false;
        for (int y : systems) {
            zeroCostDemand |= shortfallCost(y) <= 0 && demand(y) > 0;
        }
        if (zeroCostDemand) {
            // lost units of a system without a shortfall cost are otherwise arbitrary: take the fewest
            costRow.setUb(impact + 1e-9 * Math.max(1, impact));
            objective.clear();
            for (MPVariable l : lost) {
                objective.setCoefficient(l, 1);
            }
            objective.setMinimization();
            solveOptimal("lost units");
            costRow.setUb(INF);
        }
        double[] lostUnits = new double[systems.length];
        for (int k = 0; k < systems.length; k++) {
            lostUnits[k] = Math.max(0, lost[k].solutionValue());
        }
        return new Impact(impact, systems.clone(), lostUnits, bindings);
    }

    /** Time to survive: the largest t up to the horizon with every lost unit 0. */
    public Survival solveTts(double horizonWeeks) {
        t.setBounds(0, horizonWeeks);
        for (MPVariable l : lost) {
            l.setBounds(0, 0);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        objective.setCoefficient(t, 1);
        objective.setMaximization();
        solveOptimal("time to survive");
        double weeks = Math.min(horizonWeeks, Math.max(0, t.solutionValue()));
        return new Survival(weeks, weeks >= horizonWeeks * (1 - 1e-9), bindings());
    }

    /** The most units of a scope system deliverable in {@code weeks}, other systems' demand ignored. */
    public Surge solveMaxDelivery(int system, double weeks) {
        int k = Arrays.binarySearch(systems, system);
        if (k < 0) {
            throw new IllegalArgumentException("system " + net.systemKey(system) + " is not in the model");
        }
        t.setBounds(weeks, weeks);
        for (MPVariable l : lost) {
            l.setBounds(0, INF);
        }
        MPObjective objective = solver.objective();
        objective.clear();
        for (MPVariable z : deliveries.get(k)) {
            objective.setCoefficient(z, 1);
        }
        objective.setMaximization();
        solveOptimal("surge");
        return new Surge(Math.max(0, objective.value()), bindings());
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
        t.setBounds(weeks, weeks);
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
        solveOptimal("stockpile");
        double[] extra = new double[net.partCount()];
        for (int j = 0; j < parts.length; j++) {
            extra[parts[j]] = Math.max(minExtra[parts[j]], extraStock[j].solutionValue());
        }
        return extra;
    }

    private void solveOptimal(String what) {
        // solving from scratch makes results independent of which scenarios a worker saw before
        solver.reset();
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the " + what + " LP ended " + status);
        }
    }

    /** Constraints with a non-zero dual at the last optimum, largest shadow price first. */
    private List<Binding> bindings() {
        List<Binding> list = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            int n = sources[i];
            String part = net.partKey(net.sourcePart(n));
            String site = net.siteKey(net.sourceSite(n));
            if (sourceCapacityRow[i] != null && Math.abs(sourceCapacityRow[i].dualValue()) > DUAL_EPSILON) {
                list.add(new Binding(Binding.Kind.SOURCE_CAPACITY, part, site, Math.abs(sourceCapacityRow[i].dualValue())));
            }
            double dual = Math.abs(outflowRow[i].dualValue());
            if (dual > DUAL_EPSILON) {
                boolean down = downSources.get(i);
                if (!down || net.sourceStockUnits(n) + stockBoost[i] > 0) {
                    list.add(new Binding(down ? Binding.Kind.STOCK_RUNS_OUT : Binding.Kind.SOURCE_OUTPUT, part, site, dual));
                }
            }
        }
        for (int k = 0; k < capacitySites.length; k++) {
            double dual = Math.abs(siteCapacityRow[k].dualValue());
            if (dual > DUAL_EPSILON) {
                list.add(new Binding(Binding.Kind.SITE_CAPACITY, null, net.siteKey(capacitySites[k]), dual));
            }
        }
        for (int j = 0; j < parts.length; j++) {
            if (poolRow[j] != null && net.pooledStockUnits(parts[j]) + poolBoost[j] > 0) {
                double dual = Math.abs(poolRow[j].dualValue());
                if (dual > DUAL_EPSILON) {
                    list.add(new Binding(Binding.Kind.POOLED_STOCK, net.partKey(parts[j]), null, dual));
                }
            }
        }
        list.sort(Comparator.comparingDouble(Binding::shadowPrice).reversed()
                .thenComparing(b -> b.kind().ordinal())
                .thenComparing(b -> b.part() == null ? "" : b.part())
                .thenComparing(b -> b.site() == null ? "" : b.site()));
        return list;
    }

    /** Fixes the duration (for a copy in a shared solver). */
    public void fixWeeks(double weeks) {
        t.setBounds(weeks, weeks);
    }

    /** Lost-unit variables by scope system (same order as {@link #systems()}), for a copy in a shared solver. */
    public MPVariable[] lostVariables() {
        return lost.clone();
    }

    /** Global indexes of the parts of the scope, ascending. */
    public int[] parts() {
        return parts.clone();
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
