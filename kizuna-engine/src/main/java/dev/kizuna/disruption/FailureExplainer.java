package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a lost system, the shortest chain of failed supplies from its top part down to a part
 * whose considered sources all fail because of the events themselves. A step is a part together
 * with the sources that may supply it there: all its qualified sources for the top part, the bill
 * row's approved sources further down. Breadth-first in source then row order, so the chain is
 * deterministic.
 */
public final class FailureExplainer {
    private static final int TOP = -1;

    private FailureExplainer() {
    }

    /** The propagator must hold the scenario in which system {@code y} is unavailable. */
    public static FailureChain explain(KnockoutPropagator state, int y) {
        SupplyNetwork net = state.network();
        int top = net.systemTopPart(y);
        if (state.isAvailable(top)) {
            throw new IllegalArgumentException("system " + net.systemKey(y) + " is available");
        }
        // BFS over steps, identified by the bill row that leads to them (TOP for the top part)
        Map<Integer, Integer> cameFrom = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        cameFrom.put(TOP, null);
        queue.add(TOP);
        int terminal = TOP;
        while (!queue.isEmpty()) {
            int step = queue.poll();
            List<Integer> failedRows = failedRowsBelow(state, step, top);
            if (failedRows.isEmpty()) {
                terminal = step;
                break;
            }
            for (int row : failedRows) {
                if (!cameFrom.containsKey(row)) {
                    cameFrom.put(row, step);
                    queue.add(row);
                }
            }
        }
        List<FailureStep> steps = new ArrayList<>();
        for (Integer step = terminal; step != null; step = cameFrom.get(step)) {
            steps.add(0, describe(state, step, top));
        }
        return new FailureChain(net.systemKey(y), steps);
    }

    /** The failed rows of the considered sources that are up by site, i.e. the reasons to go deeper. */
    private static List<Integer> failedRowsBelow(KnockoutPropagator state, int step, int top) {
        SupplyNetwork net = state.network();
        int part = step == TOP ? top : net.rowChild(step);
        List<Integer> rows = new ArrayList<>();
        if (state.isPartDown(part)) {
            return rows;
        }
        for (int n : consideredSources(net, step, top)) {
            if (!state.isSiteDown(net.sourceSite(n))) {
                for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                    int row = net.billRow(b);
                    if (!state.isRowAvailable(row)) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static int[] consideredSources(SupplyNetwork net, int step, int top) {
        if (step == TOP) {
            int[] all = new int[net.qualifiedSourceCount(top)];
            for (int i = 0; i < all.length; i++) {
                all[i] = net.sourceStart(top) + i;
            }
            return all;
        }
        int[] approved = new int[net.approvedEnd(step) - net.approvedStart(step)];
        for (int i = 0; i < approved.length; i++) {
            approved[i] = net.approvedSource(net.approvedStart(step) + i);
        }
        return approved;
    }

    private static FailureStep describe(KnockoutPropagator state, int step, int top) {
        SupplyNetwork net = state.network();
        int part = step == TOP ? top : net.rowChild(step);
        List<String> down = new ArrayList<>();
        List<String> starved = new ArrayList<>();
        int[] considered = consideredSources(net, step, top);
        for (int n : considered) {
            (state.isSiteDown(net.sourceSite(n)) ? down : starved).add(net.siteKey(net.sourceSite(n)));
        }
        List<String> restricted = new ArrayList<>();
        if (step != TOP && considered.length != net.qualifiedSourceCount(part)) {
            for (int n : considered) {
                restricted.add(net.siteKey(net.sourceSite(n)));
            }
        }
        boolean partDown = state.isPartDown(part);
        return new FailureStep(net.partKey(part), partDown, partDown ? List.of() : down,
                partDown ? List.of() : starved, restricted);
    }
}
