package dev.kizuna.synthetic;

import java.util.SplittableRandom;

/**
 * Weekly demand of every part (system demand exploded down the generic bills) and its cost
 * (children's cost plus a markup and some labour), so that capacities fit the demand they serve
 * and value-add is positive at every level.
 */
final class Economics {
    final double[] systemDemandPerWeek;
    final double[] demandPerWeek;
    final double[] cost;

    Economics(TierLayout layout, BomPlan bom, int systems, SplittableRandom random) {
        int parts = layout.parts();
        systemDemandPerWeek = new double[systems];
        demandPerWeek = new double[parts];
        for (int system = 0; system < systems; system++) {
            systemDemandPerWeek[system] = Math.round(Draw.logUniform(random, 5, 200));
            demandPerWeek[system] = systemDemandPerWeek[system];
        }
        // Part order is topological (parents first), so a parent's demand is complete when reached.
        for (int parent = 0; parent < parts; parent++) {
            for (int row = bom.start[parent]; row < bom.start[parent + 1]; row++) {
                if (!bom.isSiteSpecific(row)) {
                    demandPerWeek[bom.child.get(row)] += demandPerWeek[parent] * bom.quantity.get(row);
                }
            }
        }
        cost = new double[parts];
        int tiers = layout.tiers();
        for (int part = parts - 1; part >= 0; part--) {
            int tier = layout.tierOf(part);
            if (tier == tiers - 1) {
                cost[part] = Draw.cents(Draw.logUniform(random, 0.05, 20));
                continue;
            }
            double children = 0;
            for (int row = bom.start[part]; row < bom.start[part + 1]; row++) {
                if (!bom.isSiteSpecific(row)) {
                    children += bom.quantity.get(row) * cost[bom.child.get(row)];
                }
            }
            double markup = tier == 0 ? random.nextDouble(0.2, 0.8) : random.nextDouble(0.08, 0.6);
            double labour = random.nextDouble(0.1, 5) * (tiers - tier);
            cost[part] = Draw.cents(children * (1 + markup) + labour);
        }
    }
}
