package dev.kizuna.network;

import java.util.function.IntUnaryOperator;

/** Builds compressed sparse row groupings: items grouped by a key, in item order within a group. */
final class Csr {
    private Csr() {
    }

    /** Returns {start[keys + 1], items[count]} where items of key k are items[start[k] .. start[k+1]). */
    static int[][] group(int count, int keys, IntUnaryOperator keyOf) {
        int[] start = new int[keys + 1];
        for (int i = 0; i < count; i++) {
            start[keyOf.applyAsInt(i) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = java.util.Arrays.copyOf(start, keys);
        int[] items = new int[count];
        for (int i = 0; i < count; i++) {
            items[fill[keyOf.applyAsInt(i)]++] = i;
        }
        return new int[][] {start, items};
    }

    /**
     * Item indexes ordered by group, then by tie key within a group. Groups (a part's sources or BOM
     * rows) are small, so a counting sort plus insertion sorts beats a boxed comparator sort by far
     * on millions of rows.
     */
    static int[] sortedByGroup(int count, int groups, int[] groupOf, long[] tieKey) {
        int[][] csr = group(count, groups, i -> groupOf[i]);
        int[] start = csr[0];
        int[] items = csr[1];
        for (int g = 0; g < groups; g++) {
            for (int i = start[g] + 1; i < start[g + 1]; i++) {
                int item = items[i];
                long key = tieKey[item];
                int j = i - 1;
                while (j >= start[g] && tieKey[items[j]] > key) {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = item;
            }
        }
        return items;
    }
}
