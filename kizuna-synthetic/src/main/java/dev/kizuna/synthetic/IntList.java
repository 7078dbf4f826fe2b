package dev.kizuna.synthetic;

import java.util.Arrays;

/** A growable int array: millions of rows as boxed lists would cost ten times the memory. */
final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    int size() {
        return size;
    }

    boolean contains(int value, int from) {
        for (int i = from; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        size = 0;
    }
}
