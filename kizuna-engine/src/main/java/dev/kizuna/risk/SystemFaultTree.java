package dev.kizuna.risk;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault tree of "system Y is unavailable" (spec 3.7 boolean, 3.8 probability model):
 * <pre>
 * system:Y        = part:TOP
 * part:P          = AND over P's qualified sources of source:P@S        (unmapped parts never fail)
 * source:P@S      = OR(site:S, country:CC of S's location, each failed bill row of (P, S))
 * bill row        = part:C when the row takes every qualified source of C, else
 * supply:P@S>C    = AND over the row's approved sources of source:C@S'  (no approved source: true)
 * </pre>
 * Basic events are {@code site:ID} with the site's probability and {@code country:CC} with the
 * country's (countries.csv). A country event appears only with a probability above 0: it is a common
 * cause that the data must name. Site events with probability 0 appear only when asked (exports show
 * the whole structure; the risk engine drops them, as they cannot happen).
 */
public final class SystemFaultTree {
    private SystemFaultTree() {
    }

    public static FaultTree build(SupplyNetwork net, int system, boolean keepZeroProbabilitySites) {
        Builder b = new Builder(net, keepZeroProbabilitySites);
        String top = "system:" + net.systemKey(system);
        int topPart = net.systemTopPart(system);
        b.gates.put(top, null);
        b.labels.put(top, "system " + net.systemKey(system) + " (" + net.systemName(system) + ") is unavailable");
        b.gates.put(top, b.partFormula(topPart));
        b.run();
        return new FaultTree(net.systemKey(system), top, b.gates, b.events, b.labels);
    }

    /** Country events first (few, shared common causes), then site events, each by first appearance. */
    public static List<String> variableOrder(FaultTree tree) {
        List<String> order = new ArrayList<>();
        List<String> dfs = tree.eventsInDepthFirstOrder();
        dfs.stream().filter(e -> e.startsWith("country:")).forEach(order::add);
        dfs.stream().filter(e -> !e.startsWith("country:")).forEach(order::add);
        return order;
    }

    private static final class Builder {
        final SupplyNetwork net;
        final boolean keepZero;
        final Map<String, Formula> gates = new LinkedHashMap<>();
        final Map<String, FaultTree.BasicEvent> events = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final ArrayDeque<Integer> pending = new ArrayDeque<>();
        final boolean[] queued;

        Builder(SupplyNetwork net, boolean keepZero) {
            this.net = net;
            this.keepZero = keepZero;
            queued = new boolean[net.partCount()];
        }

        /** The formula for "part p cannot be had from any qualified source"; queues its gate. */
        Formula partFormula(int p) {
            if (net.isUnmapped(p)) {
                return new Formula.Constant(false);
            }
            if (!queued[p]) {
                queued[p] = true;
                pending.add(p);
            }
            return new Formula.GateRef(partGate(p));
        }

        String partGate(int p) {
            return "part:" + net.partKey(p);
        }

        String sourceGate(int n) {
            return "source:" + net.partKey(net.sourcePart(n)) + "@" + net.siteKey(net.sourceSite(n));
        }

        void run() {
            while (!pending.isEmpty()) {
                int p = pending.poll();
                List<Formula> sources = new ArrayList<>();
                for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
                    sources.add(new Formula.GateRef(sourceGate(n)));
                }
                gates.put(partGate(p), new Formula.And(sources));
                labels.put(partGate(p), "part " + net.partKey(p) + ": every qualified source is down");
                for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
                    defineSource(n);
                }
            }
        }

        void defineSource(int n) {
            String name = sourceGate(n);
            if (gates.containsKey(name)) {
                return;
            }
            gates.put(name, null);
            int s = net.sourceSite(n);
            List<Formula> causes = new ArrayList<>();
            double siteP = net.siteDisruptionProbability(s);
            if (keepZero || siteP > 0) {
                String event = "site:" + net.siteKey(s);
                events.putIfAbsent(event, new FaultTree.BasicEvent(event, siteP));
                labels.putIfAbsent(event, "site " + net.siteKey(s) + " is disrupted");
                causes.add(new Formula.EventRef(event));
            }
            int country = net.siteLocationCountry(s);
            double countryP = net.countryDisruptionProbability(country);
            if (countryP > 0) {
                String event = "country:" + net.countryKey(country);
                events.putIfAbsent(event, new FaultTree.BasicEvent(event, countryP));
                labels.putIfAbsent(event, "country-wide disruption in " + net.countryKey(country));
                causes.add(new Formula.EventRef(event));
            }
            int p = net.sourcePart(n);
            for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                int row = net.billRow(b);
                int c = net.rowChild(row);
                if (net.isUnmapped(c)) {
                    continue;
                }
                int approved = net.approvedEnd(row) - net.approvedStart(row);
                if (approved == net.qualifiedSourceCount(c)) {
                    causes.add(partFormula(c));
                } else {
                    causes.add(new Formula.GateRef(supplyGate(row, p, c)));
                }
            }
            gates.put(name, new Formula.Or(causes));
            labels.put(name, "source of part " + net.partKey(p) + " at site " + net.siteKey(s) + " is down");
        }

        String supplyGate(int row, int p, int c) {
            String existing = supplyGateByRow.get(row);
            if (existing != null) {
                return existing;
            }
            String base = "supply:" + net.partKey(p) + (net.rowSite(row) < 0 ? "" : "@" + net.siteKey(net.rowSite(row)))
                    + ">" + net.partKey(c);
            String name = base;
            for (int k = 2; gates.containsKey(name); k++) {
                name = base + "#" + k; // the same child twice in one bill
            }
            supplyGateByRow.put(row, name);
            List<Formula> sources = new ArrayList<>();
            for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
                sources.add(new Formula.GateRef(sourceGate(net.approvedSource(a))));
            }
            gates.put(name, sources.isEmpty() ? new Formula.Constant(true) : new Formula.And(sources));
            labels.put(name, "part " + net.partKey(c) + " for " + net.partKey(p) + ": every approved source is down");
            for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
                defineSource(net.approvedSource(a));
            }
            return name;
        }

        final Map<Integer, String> supplyGateByRow = new HashMap<>();
    }
}
