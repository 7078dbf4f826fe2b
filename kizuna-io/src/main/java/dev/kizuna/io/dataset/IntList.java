package dev.kizuna.io.dataset;

import java.util.Arrays;

/** A growable list of ints (line numbers of millions of rows, without boxing). */
final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
