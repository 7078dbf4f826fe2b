package dev.kizuna.risk;

import java.util.Arrays;

/**
 * A reduced ordered binary decision diagram store: nodes in flat int arrays, a hash-consing unique
 * table (open addressing) and a lossy direct-mapped computed table for ITE. Variables are levels
 * 0, 1, 2, ... (level 0 at the top); their meaning is the caller's. Node 0 is false, node 1 true.
 * Not thread-safe.
 */
public final class Bdd {
    public static final int FALSE = 0;
    public static final int TRUE = 1;
    private static final int TERMINAL_LEVEL = Integer.MAX_VALUE;

    private final int nodeLimit;
    private int[] level;
    private int[] low;
    private int[] high;
    private int size;
    private int[] unique;
    private int uniqueMask;
    private final int[] cacheF;
    private final int[] cacheG;
    private final int[] cacheH;
    private final int[] cacheResult;
    private final int cacheMask;

    /** @param nodeLimit the most nodes the store may hold before {@link BddTooLargeException} */
    public Bdd(int nodeLimit) {
        this.nodeLimit = nodeLimit;
        level = new int[1024];
        low = new int[1024];
        high = new int[1024];
        level[FALSE] = TERMINAL_LEVEL;
        level[TRUE] = TERMINAL_LEVEL;
        size = 2;
        unique = new int[2048];
        Arrays.fill(unique, -1);
        uniqueMask = unique.length - 1;
        int cacheSize = 1 << 18;
        cacheF = new int[cacheSize];
        cacheG = new int[cacheSize];
        cacheH = new int[cacheSize];
        cacheResult = new int[cacheSize];
        Arrays.fill(cacheF, -1);
        cacheMask = cacheSize - 1;
    }

    public Bdd() {
        this(20_000_000);
    }

    public int nodeCount() {
        return size;
    }

    /** The function that is true exactly when variable {@code v} is. */
    public int variable(int v) {
        if (v < 0 || v == TERMINAL_LEVEL) {
            throw new IllegalArgumentException("bad variable " + v);
        }
        return make(v, FALSE, TRUE);
    }

    public int level(int node) {
        return level[node];
    }

    public int low(int node) {
        return low[node];
    }

    public int high(int node) {
        return high[node];
    }

    public boolean isTerminal(int node) {
        return node <= TRUE;
    }

    public int and(int f, int g) {
        return ite(f, g, FALSE);
    }

    public int or(int f, int g) {
        return ite(f, TRUE, g);
    }

    public int not(int f) {
        return ite(f, FALSE, TRUE);
    }

    /** If f then g else h. */
    public int ite(int f, int g, int h) {
        if (f == TRUE) {
            return g;
        }
        if (f == FALSE) {
            return h;
        }
        if (g == h) {
            return g;
        }
        if (g == TRUE && h == FALSE) {
            return f;
        }
        int slot = hash(f, g, h) & cacheMask;
        if (cacheF[slot] == f && cacheG[slot] == g && cacheH[slot] == h) {
            return cacheResult[slot];
        }
        int v = Math.min(level[f], Math.min(level[g], level[h]));
        int then = ite(cofactor(f, v, true), cofactor(g, v, true), cofactor(h, v, true));
        int otherwise = ite(cofactor(f, v, false), cofactor(g, v, false), cofactor(h, v, false));
        int result = make(v, otherwise, then);
        cacheF[slot] = f;
        cacheG[slot] = g;
        cacheH[slot] = h;
        cacheResult[slot] = result;
        return result;
    }

    private int cofactor(int node, int v, boolean value) {
        if (level[node] != v) {
            return node;
        }
        return value ? high[node] : low[node];
    }

    /** The reduced node (v, low, high), shared with any equal node already made. */
    public int make(int v, int lo, int hi) {
        if (lo == hi) {
            return lo;
        }
        int slot = hash(v, lo, hi) & uniqueMask;
        while (unique[slot] >= 0) {
            int n = unique[slot];
            if (level[n] == v && low[n] == lo && high[n] == hi) {
                return n;
            }
            slot = (slot + 1) & uniqueMask;
        }
        if (size >= nodeLimit) {
            throw new BddTooLargeException(nodeLimit);
        }
        if (size == level.length) {
            int capacity = level.length * 2;
            level = Arrays.copyOf(level, capacity);
            low = Arrays.copyOf(low, capacity);
            high = Arrays.copyOf(high, capacity);
        }
        int n = size++;
        level[n] = v;
        low[n] = lo;
        high[n] = hi;
        unique[slot] = n;
        if (size * 2 > unique.length) {
            rehash();
        }
        return n;
    }

    private void rehash() {
        unique = new int[unique.length * 2];
        Arrays.fill(unique, -1);
        uniqueMask = unique.length - 1;
        for (int n = 2; n < size; n++) {
            int slot = hash(level[n], low[n], high[n]) & uniqueMask;
            while (unique[slot] >= 0) {
                slot = (slot + 1) & uniqueMask;
            }
            unique[slot] = n;
        }
    }

    private static int hash(int a, int b, int c) {
        int h = a * 0x9E3779B1 + b * 0x85EBCA77 + c * 0xC2B2AE3D;
        return h ^ (h >>> 15);
    }

    /**
     * P(f) when variable v is true independently with probability {@code p[v]} (Shannon expansion,
     * each node once).
     */
    public double probability(int root, double[] p) {
        double[] memo = new double[size];
        boolean[] done = new boolean[size];
        return probability(root, p, memo, done);
    }

    private double probability(int node, double[] p, double[] memo, boolean[] done) {
        if (node == FALSE) {
            return 0.0;
        }
        if (node == TRUE) {
            return 1.0;
        }
        if (done[node]) {
            return memo[node];
        }
        double q = p[level[node]];
        double value = q * probability(high[node], p, memo, done) + (1.0 - q) * probability(low[node], p, memo, done);
        memo[node] = value;
        done[node] = true;
        return value;
    }

    /** The variables f depends on, ascending. */
    public int[] support(int root) {
        boolean[] seen = new boolean[size];
        java.util.BitSet vars = new java.util.BitSet();
        int[] stack = new int[size];
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int n = stack[--top];
            if (n <= TRUE || seen[n]) {
                continue;
            }
            seen[n] = true;
            vars.set(level[n]);
            stack[top++] = low[n];
            stack[top++] = high[n];
        }
        return vars.stream().toArray();
    }

    /** Evaluates f on an assignment given as a predicate on variables. */
    public boolean evaluate(int root, java.util.function.IntPredicate assignment) {
        int n = root;
        while (n > TRUE) {
            n = assignment.test(level[n]) ? high[n] : low[n];
        }
        return n == TRUE;
    }
}
