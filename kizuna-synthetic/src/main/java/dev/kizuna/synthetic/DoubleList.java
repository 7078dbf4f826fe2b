package dev.kizuna.synthetic;

import java.util.Arrays;

/** A growable double array, the numeric companion of {@link IntList}. */
final class DoubleList {
    private double[] values;
    private int size;

    DoubleList(int capacity) {
        values = new double[Math.max(4, capacity)];
    }

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    double get(int index) {
        return values[index];
    }

    void set(int index, double value) {
        values[index] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
