package dev.kizuna.stress;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.stress.lp.Binding;
import dev.kizuna.stress.lp.Cones;
import dev.kizuna.stress.lp.StressLp;
import dev.kizuna.supply.model.Numbers;

import java.util.BitSet;
import java.util.List;

/**
 * Surge capacity: the most units of one system the undisrupted network can deliver in a number of
 * weeks, from production within the capacities and from stock (the 3.9 model with t fixed, no
 * event, the delivered units maximised), and what caps it. Other systems' demand is ignored: the
 * surge may take all of a shared site.
 */
public final class SurgeAnalysis {
    private SurgeAnalysis() {
    }

    /**
     * @param maxUnits       most units deliverable in the weeks; infinite when nothing caps the system
     * @param requiredUnits  demand_per_week * factor * weeks
     * @param limits         binding constraints, largest shadow price (units gained per unit relaxed) first
     */
    public record Result(String system, double weeks, double demandFactor, double requiredUnits, double maxUnits,
                         boolean demandMet, List<Binding> limits) {
        public boolean unbounded() {
            return Double.isInfinite(maxUnits);
        }

        public double shortfallUnits() {
            return Math.max(0, requiredUnits - maxUnits);
        }
    }

    public static Result run(SupplyNetwork network, int system, double weeks, double demandFactor) {
        if (!(weeks > 0) || !(demandFactor >= 0)) {
            throw new IllegalArgumentException("weeks must be > 0 and the demand factor >= 0");
        }
        double required = StressEvaluator.round(Numbers.orZero(network.systemDemandPerWeek(system)) * demandFactor * weeks);
        String id = network.systemKey(system);
        if (unlimited(network)[network.systemTopPart(system)]) {
            return new Result(id, weeks, demandFactor, required, Double.POSITIVE_INFINITY, true, List.of());
        }
        BitSet scope = new BitSet();
        scope.set(system);
        try (StressLp lp = new StressLp(Cones.of(network), scope, false)) {
            StressLp.Surge surge = lp.solveMaxDelivery(system, weeks);
            double units = StressEvaluator.round(surge.units());
            return new Result(id, weeks, demandFactor, required, units, units >= required - 1e-6, surge.bindings());
        }
    }

    /**
     * Parts whose supply nothing caps: unmapped parts, and parts with a source that has no source or
     * site capacity and whose every bill row can draw on an unlimited supply.
     */
    static boolean[] unlimited(SupplyNetwork network) {
        boolean[] part = new boolean[network.partCount()];
        boolean[] source = new boolean[network.sourceCount()];
        for (int k = 0; k < network.partCount(); k++) {
            int p = network.topologicalPart(k);
            if (network.isUnmapped(p)) {
                part[p] = true;
                continue;
            }
            for (int n = network.sourceStart(p); n < network.qualifiedSourceEnd(p); n++) {
                boolean free = !Numbers.isPresent(network.sourceCapacityPerWeek(n))
                        && !Numbers.isPresent(network.siteCapacityPerWeek(network.sourceSite(n)));
                for (int b = network.billStart(n); free && b < network.billEnd(n); b++) {
                    int row = network.billRow(b);
                    boolean supplied = network.isUnmapped(network.rowChild(row));
                    for (int a = network.approvedStart(row); !supplied && a < network.approvedEnd(row); a++) {
                        supplied = source[network.approvedSource(a)];
                    }
                    free = supplied;
                }
                source[n] = free;
                part[p] |= free;
            }
        }
        return part;
    }
}
