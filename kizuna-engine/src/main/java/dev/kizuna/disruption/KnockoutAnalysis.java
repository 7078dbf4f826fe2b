package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Spec 3.7 knock-outs: evaluates a set of events and explains every lost system. */
public final class KnockoutAnalysis {
    private static final int NAMED_UNMAPPED_PARTS = 10;

    private KnockoutAnalysis() {
    }

    /** @throws IllegalArgumentException when an event names an id the network does not have */
    public static KnockoutResult evaluate(SupplyNetwork network, Collection<? extends DisruptionEvent> events) {
        return evaluate(network, Knockout.resolve(network, events));
    }

    public static KnockoutResult evaluate(SupplyNetwork network, Knockout knockout) {
        KnockoutPropagator propagator = new KnockoutPropagator(network);
        propagator.evaluate(knockout);
        List<SystemKnockout> systems = new ArrayList<>();
        List<FailureChain> chains = new ArrayList<>();
        for (int y = 0; y < network.systemCount(); y++) {
            SystemKnockout system = systemKnockout(propagator, y);
            systems.add(system);
            if (!system.available()) {
                chains.add(FailureExplainer.explain(propagator, y));
            }
        }
        List<String> events = knockout.events().stream().map(DisruptionEvent::key).toList();
        return new KnockoutResult(new KnockoutReport(events, systems), chains, unmappedNotes(network));
    }

    /** The contract view of system {@code y} in the propagator's current scenario. */
    public static SystemKnockout systemKnockout(KnockoutPropagator propagator, int y) {
        SupplyNetwork network = propagator.network();
        int top = network.systemTopPart(y);
        double volume = propagator.volumeFraction(top);
        return new SystemKnockout(network.systemKey(y), propagator.isAvailable(top), volume,
                weeklyValueAtRisk(network, y, volume));
    }

    public static double weeklyValueAtRisk(SupplyNetwork network, int y, double volumeFraction) {
        double lost = (1.0 - volumeFraction) * network.systemDemandPerWeek(y) * network.systemShortfallCostPerUnit(y);
        return lost == 0.0 ? 0.0 : lost; // no -0.0 in reports
    }

    /** Says which parts the systems need that have no qualified source, and so are taken as available. */
    public static List<String> unmappedNotes(SupplyNetwork network) {
        boolean[] seen = new boolean[network.partCount()];
        int[] stack = new int[network.partCount()];
        int size = 0;
        for (int y = 0; y < network.systemCount(); y++) {
            int top = network.systemTopPart(y);
            if (!seen[top]) {
                seen[top] = true;
                stack[size++] = top;
            }
        }
        List<String> unmapped = new ArrayList<>();
        while (size > 0) {
            int p = stack[--size];
            if (network.isUnmapped(p)) {
                unmapped.add(network.partKey(p));
            }
            for (int n = network.sourceStart(p); n < network.qualifiedSourceEnd(p); n++) {
                for (int b = network.billStart(n); b < network.billEnd(n); b++) {
                    int c = network.rowChild(network.billRow(b));
                    if (!seen[c]) {
                        seen[c] = true;
                        stack[size++] = c;
                    }
                }
            }
        }
        if (unmapped.isEmpty()) {
            return List.of();
        }
        unmapped.sort(null);
        String named = String.join(", ", unmapped.subList(0, Math.min(NAMED_UNMAPPED_PARTS, unmapped.size())))
                + (unmapped.size() > NAMED_UNMAPPED_PARTS ? ", ..." : "");
        return List.of(unmapped.size() + " part(s) that the systems need have no qualified source (unmapped)"
                + " and are treated as always available (spec 3.2): " + named);
    }
}
