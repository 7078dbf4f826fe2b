package dev.kizuna.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An antichain of small event sets (at most {@value #MAX_ORDER} sorted slots each): the minimal cut
 * sets of a sub-function truncated to an order. Truncation is exact for monotone functions: every
 * minimal cut set of order at most K of {@code f AND g} is the union of one of f's and one of g's,
 * both of order at most K; of {@code f OR g}, one of f's or g's.
 */
final class Family {
    static final int MAX_ORDER = 4;
    static final Family NEVER = new Family(new int[0][]);
    static final Family ALWAYS = new Family(new int[][] {new int[0]});

    final int[][] sets;

    private Family(int[][] sets) {
        this.sets = sets;
    }

    static Family single(int slot) {
        return new Family(new int[][] {{slot}});
    }

    boolean isNever() {
        return sets.length == 0;
    }

    boolean isAlways() {
        return sets.length == 1 && sets[0].length == 0;
    }

    static Family or(List<Family> families) {
        List<int[]> all = new ArrayList<>();
        Family only = NEVER;
        int nonEmpty = 0;
        for (Family f : families) {
            if (f.isAlways()) {
                return ALWAYS;
            }
            if (!f.isNever()) {
                only = f;
                nonEmpty++;
                all.addAll(Arrays.asList(f.sets));
            }
        }
        return nonEmpty <= 1 ? only : minimal(all);
    }

    /**
     * Minimal sets of {@code a AND b}. Sets found in both families are kept as they are (any union with
     * one of them contains it), so only the sets proper to each side are multiplied: two sources that
     * share a bill share most of their cut sets, and the product stays small.
     */
    static Family and(Family a, Family b, int maxOrder) {
        if (a.isNever() || b.isNever()) {
            return NEVER;
        }
        if (a.isAlways()) {
            return b;
        }
        if (b.isAlways()) {
            return a;
        }
        Set<Key> inA = new HashSet<>(a.sets.length * 2);
        for (int[] x : a.sets) {
            inA.add(Key.of(x, (1 << x.length) - 1));
        }
        List<int[]> common = new ArrayList<>();
        Set<Key> commonKeys = new HashSet<>();
        List<int[]> onlyB = new ArrayList<>();
        for (int[] y : b.sets) {
            Key key = Key.of(y, (1 << y.length) - 1);
            if (inA.contains(key)) {
                common.add(y);
                commonKeys.add(key);
            } else {
                onlyB.add(y);
            }
        }
        List<int[]> candidates = new ArrayList<>();
        int[] buffer = new int[2 * MAX_ORDER];
        for (int[] x : a.sets) {
            if (commonKeys.contains(Key.of(x, (1 << x.length) - 1))) {
                continue;
            }
            for (int[] y : onlyB) {
                int size = union(x, y, buffer, maxOrder);
                if (size >= 0) {
                    candidates.add(Arrays.copyOf(buffer, size));
                }
            }
        }
        // no product of the proper sets can be a subset of a common set (both sides are antichains)
        return minimal(common, commonKeys, candidates);
    }

    /** {@code f OR {slot}}: the singleton replaces every set that holds the slot. */
    static Family withSingleton(Family f, int slot) {
        if (f.isAlways()) {
            return ALWAYS;
        }
        List<int[]> sets = new ArrayList<>(f.sets.length + 1);
        sets.add(new int[] {slot});
        for (int[] set : f.sets) {
            if (Arrays.binarySearch(set, slot) < 0) {
                sets.add(set);
            }
        }
        return new Family(sets.toArray(int[][]::new));
    }

    /** Sorted union into {@code out}; -1 when it would exceed {@code maxOrder}. */
    private static int union(int[] x, int[] y, int[] out, int maxOrder) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < x.length || j < y.length) {
            int next;
            if (j == y.length || (i < x.length && x[i] < y[j])) {
                next = x[i++];
            } else if (i == x.length || y[j] < x[i]) {
                next = y[j++];
            } else {
                next = x[i++];
                j++;
            }
            if (k == maxOrder) {
                return -1;
            }
            out[k++] = next;
        }
        return k;
    }

    /** The inclusion-minimal sets among the candidates, sorted by size then slot by slot. */
    static Family minimal(List<int[]> candidates) {
        return minimal(List.of(), new HashSet<>(), candidates);
    }

    /** {@code kept} is an antichain none of whose sets a candidate can be a proper subset of. */
    private static Family minimal(List<int[]> keptSets, Set<Key> kept, List<int[]> candidates) {
        candidates.sort(MinimalSolutions::bySizeThenElements);
        List<int[]> result = new ArrayList<>(keptSets);
        for (int[] set : candidates) {
            if (set.length == 0) {
                return ALWAYS;
            }
            Key key = Key.of(set, (1 << set.length) - 1);
            if (kept.contains(key) || hasKeptProperSubset(set, kept)) {
                continue;
            }
            kept.add(key);
            result.add(set);
        }
        return new Family(result.toArray(int[][]::new));
    }

    private static boolean hasKeptProperSubset(int[] set, Set<Key> kept) {
        int full = (1 << set.length) - 1;
        for (int mask = 1; mask < full; mask++) {
            if (kept.contains(Key.of(set, mask))) {
                return true;
            }
        }
        return false;
    }

    /** Up to four slots packed in two longs; unused places hold -1. */
    private record Key(long first, long second) {
        static Key of(int[] set, int mask) {
            long[] slots = {-1, -1, -1, -1};
            int k = 0;
            for (int i = 0; i < set.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    slots[k++] = set[i];
                }
            }
            return new Key((slots[0] << 32) ^ (slots[1] & 0xFFFFFFFFL), (slots[2] << 32) ^ (slots[3] & 0xFFFFFFFFL));
        }
    }
}
