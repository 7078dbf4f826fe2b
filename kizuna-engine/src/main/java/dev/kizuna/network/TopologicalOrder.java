package dev.kizuna.network;

import java.util.ArrayList;
import java.util.List;

/** Kahn's algorithm over the BOM graph, children first; names a cycle if there is one. */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    static int[] of(int partCount, int[] rowParent, int[] rowChild, String[] partIds) {
        // counting rows rather than distinct children lets duplicate (parent, child) pairs in
        // several site bills resolve naturally: each row is released exactly once
        int[] pendingRows = new int[partCount];
        for (int parent : rowParent) {
            pendingRows[parent]++;
        }
        int[][] byChild = Csr.group(rowChild.length, partCount, r -> rowChild[r]);
        int[] order = new int[partCount];
        int head = 0;
        int tail = 0;
        for (int p = 0; p < partCount; p++) {
            if (pendingRows[p] == 0) {
                order[tail++] = p;
            }
        }
        while (head < tail) {
            int c = order[head++];
            for (int k = byChild[0][c]; k < byChild[0][c + 1]; k++) {
                int parent = rowParent[byChild[1][k]];
                if (--pendingRows[parent] == 0) {
                    order[tail++] = parent;
                }
            }
        }
        if (tail < partCount) {
            int[][] byParent = Csr.group(rowParent.length, partCount, r -> rowParent[r]);
            throw new IllegalArgumentException("the bill of materials has a cycle: "
                    + describeCycle(pendingRows, byParent, rowChild, partIds));
        }
        return order;
    }

    /** Walks from a blocked part through blocked children until a part repeats. */
    private static String describeCycle(int[] pending, int[][] byParent, int[] rowChild, String[] partIds) {
        int current = 0;
        while (pending[current] == 0) {
            current++;
        }
        List<Integer> path = new ArrayList<>();
        int[] position = new int[pending.length];
        java.util.Arrays.fill(position, -1);
        while (position[current] < 0) {
            position[current] = path.size();
            path.add(current);
            int next = -1;
            for (int k = byParent[0][current]; k < byParent[0][current + 1] && next < 0; k++) {
                int child = rowChild[byParent[1][k]];
                if (pending[child] > 0) {
                    next = child;
                }
            }
            current = next;
        }
        List<String> names = new ArrayList<>();
        for (int i = position[current]; i < path.size(); i++) {
            names.add(partIds[path.get(i)]);
        }
        names.add(partIds[current]);
        return String.join(" -> ", names);
    }
}
