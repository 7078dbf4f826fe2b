package dev.kizuna.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.KnockoutPropagator;
import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.List;

/** Exhaustive references: every subset of events, every assignment of basic events. */
final class BruteForce {
    private BruteForce() {
    }

    /** Whether the system is unavailable when exactly the given slots of the basis occur. */
    static boolean cuts(SupplyNetwork net, KnockoutPropagator propagator, int system, EventBasis basis, List<Integer> slots) {
        List<Integer> sites = new ArrayList<>();
        for (int s = 0; s < net.siteCount(); s++) {
            if (slots.contains(basis.eventOf(net, s))) {
                sites.add(s);
            }
        }
        propagator.evaluateFully(sites.stream().mapToInt(Integer::intValue).toArray(), new int[0]);
        return !propagator.isAvailable(net.systemTopPart(system));
    }

    /** Minimal cut sets up to maxOrder by checking every subset of the basis's events. */
    static List<List<String>> minimalCutSets(SupplyNetwork net, int system, EventBasis basis, int maxOrder) {
        KnockoutPropagator propagator = new KnockoutPropagator(net);
        int slots = basis.eventCount(net);
        List<List<Integer>> cuts = new ArrayList<>();
        List<List<String>> minimal = new ArrayList<>();
        for (int size = 0; size <= maxOrder; size++) {
            for (List<Integer> subset : subsets(slots, size)) {
                if (cuts.stream().anyMatch(subset::containsAll)) {
                    continue;
                }
                if (cuts(net, propagator, system, basis, subset)) {
                    cuts.add(subset);
                    List<String> keys = new ArrayList<>(subset.stream().map(s -> basis.eventKey(net, s)).toList());
                    keys.sort(null);
                    minimal.add(keys);
                }
            }
        }
        minimal.sort(CutSets.ORDER);
        return minimal;
    }

    static List<List<Integer>> subsets(int n, int size) {
        List<List<Integer>> result = new ArrayList<>();
        collect(n, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(int n, int size, int from, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < n; i++) {
            current.add(i);
            collect(n, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    /**
     * Exact P(system unavailable) by enumerating every assignment of the site events and country
     * events with a probability above 0; {@code forced} fixes one event ("site:X"/"country:CC") to
     * occur (true), not occur (false), or nothing (null).
     */
    static double unavailability(SupplyNetwork net, int system, String forcedEvent, Boolean forced) {
        List<String> names = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (int s = 0; s < net.siteCount(); s++) {
            if (net.siteDisruptionProbability(s) > 0) {
                names.add("site:" + net.siteKey(s));
                probabilities.add(net.siteDisruptionProbability(s));
            }
        }
        for (int c = 0; c < net.countryCount(); c++) {
            if (net.countryDisruptionProbability(c) > 0) {
                names.add("country:" + net.countryKey(c));
                probabilities.add(net.countryDisruptionProbability(c));
            }
        }
        KnockoutPropagator propagator = new KnockoutPropagator(net);
        double total = 0;
        int m = names.size();
        for (long mask = 0; mask < (1L << m); mask++) {
            double weight = 1;
            for (int i = 0; i < m; i++) {
                boolean occurs = (mask & (1L << i)) != 0;
                double p = names.get(i).equals(forcedEvent) ? (forced ? 1 : 0) : probabilities.get(i);
                weight *= occurs ? p : 1 - p;
            }
            if (weight == 0) {
                continue;
            }
            List<Integer> sites = new ArrayList<>();
            for (int s = 0; s < net.siteCount(); s++) {
                int site = names.indexOf("site:" + net.siteKey(s));
                int country = names.indexOf("country:" + net.countryKey(net.siteLocationCountry(s)));
                if ((site >= 0 && (mask & (1L << site)) != 0) || (country >= 0 && (mask & (1L << country)) != 0)) {
                    sites.add(s);
                }
            }
            propagator.evaluateFully(sites.stream().mapToInt(Integer::intValue).toArray(), new int[0]);
            if (!propagator.isAvailable(net.systemTopPart(system))) {
                total += weight;
            }
        }
        return total;
    }
}
