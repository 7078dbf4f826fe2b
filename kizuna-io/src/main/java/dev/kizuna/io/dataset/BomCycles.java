package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds BOM cycles: the strongly connected groups of parts (Tarjan, iterative so a deep BOM cannot
 * overflow the stack). One problem per group, naming its shortest cycle through the group's
 * smallest part id (ties: children taken in id order), at the line of that cycle's first row.
 */
final class BomCycles {
    private BomCycles() {
    }

    static void run(BomGraph graph, PartIndex parts, Table<BomLine> bom) {
        for (int[] group : cyclicGroups(graph)) {
            report(group, graph, parts, bom);
        }
    }

    /** Groups with a cycle: more than one part, or one part that contains itself. */
    static List<int[]> cyclicGroups(BomGraph graph) {
        int n = graph.partCount();
        int[] order = new int[n];
        Arrays.fill(order, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callPart = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> groups = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            order[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            callPart[0] = root;
            callEdge[0] = graph.firstEdge(root);
            depth++;
            while (depth > 0) {
                int part = callPart[depth - 1];
                int edge = callEdge[depth - 1];
                if (edge < graph.endEdge(part)) {
                    callEdge[depth - 1]++;
                    int child = graph.childOf(edge);
                    if (child < 0) {
                        continue;
                    }
                    if (order[child] < 0) {
                        order[child] = low[child] = counter++;
                        stack[stackSize++] = child;
                        onStack[child] = true;
                        callPart[depth] = child;
                        callEdge[depth] = graph.firstEdge(child);
                        depth++;
                    } else if (onStack[child]) {
                        low[part] = Math.min(low[part], order[child]);
                    }
                    continue;
                }
                depth--;
                if (low[part] == order[part]) {
                    int from = stackSize;
                    do {
                        from--;
                        onStack[stack[from]] = false;
                    } while (stack[from] != part);
                    int[] group = Arrays.copyOfRange(stack, from, stackSize);
                    stackSize = from;
                    if (group.length > 1 || containsItself(graph, part)) {
                        groups.add(group);
                    }
                }
                if (depth > 0) {
                    int parent = callPart[depth - 1];
                    low[parent] = Math.min(low[parent], low[part]);
                }
            }
        }
        return groups;
    }

    private static boolean containsItself(BomGraph graph, int part) {
        for (int edge = graph.firstEdge(part); edge < graph.endEdge(part); edge++) {
            if (graph.childOf(edge) == part) {
                return true;
            }
        }
        return false;
    }

    private static void report(int[] group, BomGraph graph, PartIndex parts, Table<BomLine> bom) {
        Map<Integer, Boolean> inGroup = new HashMap<>();
        int start = group[0];
        for (int part : group) {
            inGroup.put(part, Boolean.TRUE);
            if (parts.idAt(part).compareTo(parts.idAt(start)) < 0) {
                start = part;
            }
        }
        List<Integer> cycle = shortestCycle(start, graph, parts, inGroup);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            text.append(i == 0 ? "" : " -> ").append(parts.idAt(cycle.get(i)));
        }
        text.append(" -> ").append(parts.idAt(start));
        int next = cycle.size() > 1 ? cycle.get(1) : start;
        int row = Integer.MAX_VALUE;
        for (int edge = graph.firstEdge(start); edge < graph.endEdge(start); edge++) {
            if (graph.childOf(edge) == next) {
                row = Math.min(row, graph.rowOf(edge));
            }
        }
        bom.problem(row, "BOM cycle: " + text + "; a part cannot contain itself");
    }

    /** Breadth-first from start within the group, children in id order: the parts of the cycle, start first. */
    private static List<Integer> shortestCycle(int start, BomGraph graph, PartIndex parts, Map<Integer, Boolean> inGroup) {
        Map<Integer, Integer> previous = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        previous.put(start, -1);
        Comparator<Integer> byId = Comparator.comparing(parts::idAt);
        while (!queue.isEmpty()) {
            int part = queue.poll();
            List<Integer> children = new ArrayList<>();
            for (int edge = graph.firstEdge(part); edge < graph.endEdge(part); edge++) {
                int child = graph.childOf(edge);
                if (child >= 0 && inGroup.containsKey(child) && !children.contains(child)) {
                    children.add(child);
                }
            }
            if (children.contains(start)) {
                List<Integer> cycle = new ArrayList<>();
                for (int at = part; at >= 0; at = previous.get(at)) {
                    cycle.add(at);
                }
                Collections.reverse(cycle);
                return cycle;
            }
            children.sort(byId);
            for (int child : children) {
                if (!previous.containsKey(child)) {
                    previous.put(child, part);
                    queue.add(child);
                }
            }
        }
        throw new IllegalStateException("a cyclic group has no cycle through " + parts.idAt(start));
    }

}
