package dev.kizuna.synthetic;

import java.util.SplittableRandom;

/** Random draws used across the generator; every one takes the stream explicitly for determinism. */
final class Draw {
    private Draw() {
    }

    /** An index in [0, n) biased toward 0: {@code exponent} 1 is uniform, larger values favour the head. */
    static int skewed(SplittableRandom random, int n, double exponent) {
        int index = (int) (n * Math.pow(random.nextDouble(), exponent));
        return Math.min(index, n - 1);
    }

    /** A value spread evenly on a log scale between {@code low} and {@code high}. */
    static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    /** {@code floor(mean)} plus one with probability {@code frac(mean)}: a cheap count with that mean. */
    static int roundedCount(SplittableRandom random, double mean) {
        int whole = (int) mean;
        return whole + (random.nextDouble() < mean - whole ? 1 : 0);
    }

    static double cents(double value) {
        return Math.max(0.01, Math.round(value * 100.0) / 100.0);
    }

    /** Rounded to {@code decimals} places, so the written text is that short decimal. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(SplittableRandom random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
