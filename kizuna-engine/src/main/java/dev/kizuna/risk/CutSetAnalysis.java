package dev.kizuna.risk;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.FailureChain;
import dev.kizuna.disruption.FailureExplainer;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.disruption.KnockoutPropagator;
import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal cut sets of a system on an event basis up to an order (spec 3.8), by a bottom-up,
 * MOCUS-like expansion over the system's cone in topological order with subsumption and truncation
 * at every gate (see {@link Family}). Each site maps to exactly one event of a basis, so "the site is
 * knocked out" is a single event; the sets only ever hold events of sites the system can reach.
 * The cost follows the number of cut sets of order at most K, not the size of a BDD, which keeps
 * order 3 tractable on networks whose BDD over site events would be large.
 */
public final class CutSetAnalysis {
    public static final int MAX_ORDER = Family.MAX_ORDER;

    private CutSetAnalysis() {
    }

    /** @throws IllegalArgumentException when maxOrder is not within 1..{@value #MAX_ORDER} */
    public static CutSetReport compute(SupplyNetwork net, int system, EventBasis basis, int maxOrder) {
        if (maxOrder < 1 || maxOrder > MAX_ORDER) {
            throw new IllegalArgumentException("the order of cut sets must lie between 1 and " + MAX_ORDER
                    + ", got " + maxOrder);
        }
        Family family = new Expansion(net, basis, maxOrder).part(net.systemTopPart(system));
        List<List<String>> cutSets = new ArrayList<>();
        for (int[] set : family.sets) {
            List<String> events = new ArrayList<>();
            for (int slot : set) {
                events.add(basis.eventKey(net, slot));
            }
            events.sort(null);
            cutSets.add(events);
        }
        cutSets.sort(CutSets.ORDER);
        return new CutSetReport(net.systemKey(system), basis.key(), maxOrder, cutSets);
    }

    /** Why the events of a cut set stop the system: its failure chain under exactly those events. */
    public static FailureChain explain(SupplyNetwork net, int system, List<String> cutSet) {
        List<DisruptionEvent> events = cutSet.stream().map(e -> DisruptionEvent.parse(e).orElseThrow()).toList();
        KnockoutPropagator propagator = new KnockoutPropagator(net);
        propagator.evaluate(Knockout.resolve(net, events));
        return FailureExplainer.explain(propagator, system);
    }

    private static final class Expansion {
        final SupplyNetwork net;
        final EventBasis basis;
        final int maxOrder;
        final Family[] parts;
        final Family[] sources;
        /** Bills are contiguous row ranges: (first row, length) names one. */
        final java.util.Map<Long, Family> bills = new java.util.HashMap<>();

        Expansion(SupplyNetwork net, EventBasis basis, int maxOrder) {
            this.net = net;
            this.basis = basis;
            this.maxOrder = maxOrder;
            parts = new Family[net.partCount()];
            sources = new Family[net.sourceCount()];
        }

        Family part(int top) {
            boolean[] inCone = cone(top);
            for (int i = 0; i < net.partCount(); i++) {
                int p = net.topologicalPart(i);
                if (inCone[p]) {
                    parts[p] = unavailable(p);
                }
            }
            return parts[top];
        }

        private boolean[] cone(int top) {
            boolean[] seen = new boolean[net.partCount()];
            int[] stack = new int[net.partCount()];
            int size = 0;
            seen[top] = true;
            stack[size++] = top;
            while (size > 0) {
                int p = stack[--size];
                for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
                    for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                        int c = net.rowChild(net.billRow(b));
                        if (!seen[c]) {
                            seen[c] = true;
                            stack[size++] = c;
                        }
                    }
                }
            }
            return seen;
        }

        /** Children are done (topological order): every source of p, then p = AND of its sources. */
        private Family unavailable(int p) {
            if (net.isUnmapped(p)) {
                return Family.NEVER;
            }
            for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
                sources[n] = sourceDown(n);
            }
            Family acc = Family.ALWAYS;
            for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
                acc = Family.and(acc, sources[n], maxOrder);
            }
            return acc;
        }

        /** site event OR any failed bill row; sources with the same bill (a generic one) share its family. */
        private Family sourceDown(int n) {
            int start = net.billStart(n);
            int length = net.billEnd(n) - start;
            Family bill = Family.NEVER;
            if (length > 0) {
                long key = ((long) net.billRow(start) << 32) | length;
                bill = bills.get(key);
                if (bill == null) {
                    List<Family> rows = new ArrayList<>();
                    for (int b = start; b < start + length; b++) {
                        rows.add(rowUnavailable(net.billRow(b)));
                    }
                    bill = Family.or(rows);
                    bills.put(key, bill);
                }
            }
            return Family.withSingleton(bill, basis.eventOf(net, net.sourceSite(n)));
        }

        private Family rowUnavailable(int row) {
            int c = net.rowChild(row);
            if (net.isUnmapped(c)) {
                return Family.NEVER;
            }
            if (net.approvedEnd(row) - net.approvedStart(row) == net.qualifiedSourceCount(c)) {
                return parts[c];
            }
            Family acc = Family.ALWAYS;
            for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
                acc = Family.and(acc, sources[net.approvedSource(a)], maxOrder);
            }
            return acc;
        }
    }
}
