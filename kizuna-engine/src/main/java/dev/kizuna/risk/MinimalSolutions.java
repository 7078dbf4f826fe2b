package dev.kizuna.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal solutions of a BDD (Rauzy 1993): the inclusion-minimal sets S of variables such that f is
 * true when exactly the variables of S are true. For a monotone f (a coherent fault tree) these are
 * its minimal cut sets. The family is built as a zero-suppressed decision diagram:
 * {@code minsol(ite(x, f1, f0)) = x . without(minsol(f1), minsol(f0)) + minsol(f0)}, where
 * {@code without(F, G)} keeps the sets of F that contain no set of G.
 */
public final class MinimalSolutions {
    /** The empty family. */
    static final int EMPTY = 0;
    /** The family holding only the empty set. */
    static final int BASE = 1;

    private final Bdd bdd;
    private int[] var = new int[1024];
    private int[] lo = new int[1024];
    private int[] hi = new int[1024];
    private int size = 2;
    private final Map<NodeKey, Integer> unique = new HashMap<>();
    private final Map<Integer, Integer> minsolMemo = new HashMap<>();
    private final Map<Long, Integer> withoutMemo = new HashMap<>();

    private MinimalSolutions(Bdd bdd) {
        this.bdd = bdd;
        var[EMPTY] = Integer.MAX_VALUE;
        var[BASE] = Integer.MAX_VALUE;
    }

    /**
     * The minimal solutions of f with at most {@code maxOrder} variables, each ascending, the list
     * sorted by size then element by element.
     *
     * @param limit the most sets to return; more raise {@link IllegalStateException}
     */
    public static List<int[]> of(Bdd bdd, int root, int maxOrder, int limit) {
        MinimalSolutions m = new MinimalSolutions(bdd);
        int family = m.minsol(root);
        List<int[]> sets = new ArrayList<>();
        m.enumerate(family, new int[Math.max(0, maxOrder)], 0, maxOrder, sets, limit);
        sets.sort(MinimalSolutions::bySizeThenElements);
        return sets;
    }

    static int bySizeThenElements(int[] a, int[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    private int minsol(int f) {
        if (f == Bdd.FALSE) {
            return EMPTY;
        }
        if (f == Bdd.TRUE) {
            return BASE;
        }
        Integer memo = minsolMemo.get(f);
        if (memo != null) {
            return memo;
        }
        int k = minsol(bdd.low(f));
        int l = without(minsol(bdd.high(f)), k);
        int result = make(bdd.level(f), k, l);
        minsolMemo.put(f, result);
        return result;
    }

    private int without(int f, int g) {
        if (f == EMPTY || g == BASE || f == g) {
            return EMPTY;
        }
        if (g == EMPTY) {
            return f;
        }
        if (f == BASE) {
            return containsEmptySet(g) ? EMPTY : BASE;
        }
        long key = ((long) f << 32) | (g & 0xFFFFFFFFL);
        Integer memo = withoutMemo.get(key);
        if (memo != null) {
            return memo;
        }
        int x = var[f];
        int y = var[g];
        int result;
        if (x < y) {
            result = make(x, without(lo[f], g), without(hi[f], g));
        } else if (x > y) {
            result = without(f, lo[g]);
        } else {
            result = make(x, without(lo[f], lo[g]), without(without(hi[f], hi[g]), lo[g]));
        }
        withoutMemo.put(key, result);
        return result;
    }

    private boolean containsEmptySet(int g) {
        int n = g;
        while (n > BASE) {
            n = lo[n];
        }
        return n == BASE;
    }

    private int make(int v, int low, int high) {
        if (high == EMPTY) {
            return low;
        }
        return unique.computeIfAbsent(new NodeKey(v, low, high), key -> append(v, low, high));
    }

    private record NodeKey(int var, int low, int high) {
    }

    private int append(int v, int low, int high) {
        if (size == var.length) {
            var = Arrays.copyOf(var, size * 2);
            lo = Arrays.copyOf(lo, size * 2);
            hi = Arrays.copyOf(hi, size * 2);
        }
        var[size] = v;
        lo[size] = low;
        hi[size] = high;
        return size++;
    }

    private void enumerate(int node, int[] prefix, int length, int maxOrder, List<int[]> out, int limit) {
        if (node == EMPTY) {
            return;
        }
        if (node == BASE) {
            if (out.size() >= limit) {
                throw new IllegalStateException("more than " + limit + " minimal cut sets");
            }
            out.add(Arrays.copyOf(prefix, length));
            return;
        }
        enumerate(lo[node], prefix, length, maxOrder, out, limit);
        if (length < maxOrder) {
            prefix[length] = var[node];
            enumerate(hi[node], prefix, length + 1, maxOrder, out, limit);
        }
    }
}
