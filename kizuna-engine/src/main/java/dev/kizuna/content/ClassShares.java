package dev.kizuna.content;

import dev.kizuna.supply.model.AlignmentClass;

/** One number per alignment class, in report order (all six always present). */
public record ClassShares(double home, double ally, double partner, double other, double concern, double unknown) {
    public static final ClassShares ZERO = new ClassShares(0, 0, 0, 0, 0, 0);

    /** From a vector indexed by {@link AlignmentClass#ordinal()}, starting at {@code offset}. */
    public static ClassShares of(double[] vector, int offset) {
        return new ClassShares(vector[offset], vector[offset + 1], vector[offset + 2], vector[offset + 3],
                vector[offset + 4], vector[offset + 5]);
    }

    public double get(AlignmentClass alignmentClass) {
        return switch (alignmentClass) {
            case HOME -> home;
            case ALLY -> ally;
            case PARTNER -> partner;
            case OTHER -> other;
            case CONCERN -> concern;
            case UNKNOWN -> unknown;
        };
    }

    public double total() {
        return home + ally + partner + other + concern + unknown;
    }

    /** Divided by the total; all zero when the total is zero. */
    public ClassShares normalised() {
        double total = total();
        if (total <= 0) {
            return ZERO;
        }
        return new ClassShares(home / total, ally / total, partner / total, other / total, concern / total,
                unknown / total);
    }
}
