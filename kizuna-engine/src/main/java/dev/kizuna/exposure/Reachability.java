package dev.kizuna.exposure;

import dev.kizuna.network.SupplyNetwork;

import java.util.Arrays;

/**
 * The (part, site) pairs a system needs (spec 3.6), found breadth first from the top part, with the
 * explanation path of each pair: the shortest list of part ids from the top part, ties broken by the
 * lexicographically smallest list.
 *
 * <p>Pairs are qualified source indexes. Part indexes follow id order, so comparing part indexes
 * compares ids. The breadth-first search goes level by level; within a level pairs are ranked by
 * (rank of their best predecessor's path, own part), so the first predecessor met in rank order is
 * the one on the smallest path.
 *
 * <p>Where the spec is silent: the top part itself is always reachable; an unmapped part is
 * reachable when a reachable pair's row names it, and its own components are not followed (it has
 * no pair to follow them from, and the disruption analyses treat it as always available).
 */
public final class Reachability {
    private final SupplyNetwork network;
    private final int[] pairStamp;
    private final int[] pairPredecessor;
    private final int[] pairRank;
    private final int[] partStamp;
    private int stamp;
    private int[] reachedPairs = new int[16];
    private int reachedPairCount;
    private int[] reachedParts = new int[16];
    private int reachedPartCount;
    private int topPart = -1;

    public Reachability(SupplyNetwork network) {
        this.network = network;
        this.pairStamp = new int[network.sourceCount()];
        this.pairPredecessor = new int[network.sourceCount()];
        this.pairRank = new int[network.sourceCount()];
        this.partStamp = new int[network.partCount()];
    }

    /** Explores one system; the results below refer to the last system explored. */
    public void explore(int system) {
        stamp++;
        reachedPairCount = 0;
        reachedPartCount = 0;
        topPart = network.systemTopPart(system);
        markPart(topPart);
        int[] level = new int[0];
        int size = 0;
        for (int n = network.sourceStart(topPart); n < network.qualifiedSourceEnd(topPart); n++) {
            if (network.sourceShare(n) > 0) {
                level = push(level, size++, n);
                markPair(n, -1);
                pairRank[n] = 0;
            }
        }
        while (size > 0) {
            int[] next = new int[0];
            int nextSize = 0;
            // level is in rank order, so a pair's first discoverer has the smallest path
            for (int i = 0; i < size; i++) {
                int pair = level[i];
                for (int b = network.billStart(pair); b < network.billEnd(pair); b++) {
                    int row = network.billRow(b);
                    if (network.isUnmapped(network.rowChild(row))) {
                        markPart(network.rowChild(row));
                    }
                    for (int a = network.approvedStart(row); a < network.approvedEnd(row); a++) {
                        int child = network.approvedSource(a);
                        if (network.approvedShare(a) > 0 && pairStamp[child] != stamp) {
                            markPair(child, pair);
                            next = push(next, nextSize++, child);
                        }
                    }
                }
            }
            rank(next, nextSize);
            level = next;
            size = nextSize;
        }
    }

    /**
     * Dense ranks by (predecessor rank, part). Pairs were discovered while walking the level in
     * rank order, so predecessor ranks are already non-decreasing: only runs of equal predecessor
     * rank need sorting by part, and those runs are short.
     */
    private void rank(int[] pairs, int size) {
        int dense = -1;
        int runStart = 0;
        while (runStart < size) {
            int predecessorRank = pairRank[pairPredecessor[pairs[runStart]]];
            int runEnd = runStart + 1;
            while (runEnd < size && pairRank[pairPredecessor[pairs[runEnd]]] == predecessorRank) {
                runEnd++;
            }
            sortByPart(pairs, runStart, runEnd);
            int previousPart = -1;
            for (int i = runStart; i < runEnd; i++) {
                int part = network.sourcePart(pairs[i]);
                if (part != previousPart) {
                    dense++;
                    previousPart = part;
                }
                pairRank[pairs[i]] = dense;
            }
            runStart = runEnd;
        }
    }

    /** Stable sort of pairs[from, to) by part, keeping discovery order among equal parts. */
    private void sortByPart(int[] pairs, int from, int to) {
        if (to - from <= 32) {
            for (int i = from + 1; i < to; i++) {
                int pair = pairs[i];
                int part = network.sourcePart(pair);
                int j = i - 1;
                while (j >= from && network.sourcePart(pairs[j]) > part) {
                    pairs[j + 1] = pairs[j];
                    j--;
                }
                pairs[j + 1] = pair;
            }
            return;
        }
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            keys[i - from] = ((long) network.sourcePart(pairs[i]) << 32) | (i - from);
        }
        java.util.Arrays.sort(keys);
        int[] copy = java.util.Arrays.copyOfRange(pairs, from, to);
        for (int i = 0; i < keys.length; i++) {
            pairs[from + i] = copy[(int) keys[i]];
        }
    }

    private void markPair(int pair, int predecessor) {
        pairStamp[pair] = stamp;
        pairPredecessor[pair] = predecessor;
        if (reachedPairCount == reachedPairs.length) {
            reachedPairs = Arrays.copyOf(reachedPairs, reachedPairs.length * 2);
        }
        reachedPairs[reachedPairCount++] = pair;
        markPart(network.sourcePart(pair));
    }

    private void markPart(int part) {
        if (partStamp[part] != stamp) {
            partStamp[part] = stamp;
            if (reachedPartCount == reachedParts.length) {
                reachedParts = Arrays.copyOf(reachedParts, reachedParts.length * 2);
            }
            reachedParts[reachedPartCount++] = part;
        }
    }

    private static int[] push(int[] array, int size, int value) {
        int[] target = size == array.length ? Arrays.copyOf(array, Math.max(8, size * 2)) : array;
        target[size] = value;
        return target;
    }

    public boolean isPairReachable(int pair) {
        return pairStamp[pair] == stamp;
    }

    public boolean isPartReachable(int part) {
        return partStamp[part] == stamp;
    }

    /** Reachable pairs in discovery order (copy). */
    public int[] reachablePairs() {
        return Arrays.copyOf(reachedPairs, reachedPairCount);
    }

    /** Reachable parts in discovery order (copy). */
    public int[] reachableParts() {
        return Arrays.copyOf(reachedParts, reachedPartCount);
    }

    /** Part indexes from the top part to the pair's part along the smallest shortest path. */
    public int[] path(int pair) {
        if (!isPairReachable(pair)) {
            throw new IllegalArgumentException("pair " + pair + " is not reachable from the last system explored");
        }
        int length = 0;
        for (int p = pair; p >= 0; p = pairPredecessor[p]) {
            length++;
        }
        int[] path = new int[length];
        int i = length;
        for (int p = pair; p >= 0; p = pairPredecessor[p]) {
            path[--i] = network.sourcePart(p);
        }
        if (path[0] != topPart) {
            throw new IllegalStateException("path does not start at the top part");
        }
        return path;
    }
}
