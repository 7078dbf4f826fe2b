package dev.kizuna.content;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.FleetHolding;

import java.util.List;

/** Where the fleet's systems are made (spec 3.5): by the class of each top part's qualified sources. */
public final class FleetOrigin {
    private static final int K = AlignmentClass.count();

    private FleetOrigin() {
    }

    /** The fleet's total units and origin shares. */
    public record Result(double units, ClassShares origin) {
    }

    /** Share-weighted class of the system's top-part sources; all {@code unknown} when it has none. */
    public static ClassShares originMix(SupplyNetwork network, int system, Basis basis) {
        int top = network.systemTopPart(system);
        double[] mix = new double[K];
        if (network.isUnmapped(top)) {
            mix[AlignmentClass.UNKNOWN.ordinal()] = 1;
        } else {
            for (int n = network.sourceStart(top); n < network.qualifiedSourceEnd(top); n++) {
                mix[network.siteClass(network.sourceSite(n), basis).ordinal()] += network.sourceShare(n);
            }
        }
        return ClassShares.of(mix, 0);
    }

    public static Result of(SupplyNetwork network, List<FleetHolding> fleet, Basis basis) {
        double units = 0;
        double[] sum = new double[K];
        for (FleetHolding holding : fleet) {
            int system = network.getSystem(holding.systemId());
            ClassShares mix = originMix(network, system, basis);
            for (AlignmentClass k : AlignmentClass.values()) {
                sum[k.ordinal()] += holding.units() * mix.get(k);
            }
            units += holding.units();
        }
        if (units > 0) {
            for (int k = 0; k < K; k++) {
                sum[k] /= units;
            }
        }
        return new Result(units, ClassShares.of(sum, 0));
    }
}
