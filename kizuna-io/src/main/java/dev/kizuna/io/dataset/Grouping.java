package dev.kizuna.io.dataset;

/**
 * Rows grouped by an int key with a counting sort (compressed sparse rows): {@code rows(k)} are
 * the row indices with key k, in file order. Keys below zero (unresolved) are left out.
 */
final class Grouping {
    private final int[] start;
    private final int[] rows;

    Grouping(int keyCount, int[] keyOfRow) {
        start = new int[keyCount + 1];
        int kept = 0;
        for (int key : keyOfRow) {
            if (key >= 0) {
                start[key + 1]++;
                kept++;
            }
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        rows = new int[kept];
        int[] next = start.clone();
        for (int row = 0; row < keyOfRow.length; row++) {
            int key = keyOfRow[row];
            if (key >= 0) {
                rows[next[key]++] = row;
            }
        }
    }

    int from(int key) {
        return start[key];
    }

    int to(int key) {
        return start[key + 1];
    }

    /** The row at position {@code at} (between {@link #from} and {@link #to} of some key). */
    int row(int at) {
        return rows[at];
    }
}
