package dev.kizuna.supply.model;

import java.util.OptionalDouble;

/**
 * Optional numbers of the large record types are stored as primitive doubles with {@code NaN}
 * meaning "absent": a million parts with boxed optionals would cost tens of megabytes for nothing.
 */
public final class Numbers {
    public static final double ABSENT = Double.NaN;

    private Numbers() {
    }

    public static boolean isPresent(double value) {
        return !Double.isNaN(value);
    }

    public static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public static double orZero(double value) {
        return Double.isNaN(value) ? 0.0 : value;
    }
}
