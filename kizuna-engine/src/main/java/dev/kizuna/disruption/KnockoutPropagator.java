package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;

import java.util.Arrays;

/**
 * Evaluates spec 3.7 (boolean availability and volume fraction) on a compiled network, either over
 * the whole network ({@link #evaluateFully}) or incrementally from the no-event baseline over the
 * cone of parts a knock-out can reach ({@link #evaluateIncrementally}).
 *
 * <p>State lives in flat arrays. A part's values (and those of its qualified sources, which are always
 * recomputed together) are current for the running scenario when {@code partStamp[p] == epoch}, else
 * the baseline's hold. Bumping the epoch therefore resets everything a scenario touched in O(1),
 * which is what makes a 200,000-site sweep affordable. Both modes run the same per-part kernel in
 * the same arithmetic order, so their results are bit-identical.
 *
 * <p>Not thread-safe: one instance per worker. The baseline arrays are computed once per instance.
 */
public final class KnockoutPropagator {
    private final SupplyNetwork net;
    private final int[] topoPosition;
    /**
     * Rows whose approved list is exactly the child's qualified sources with the same shares: their
     * values are the child's own, read in O(1) instead of summed again (bit-identical: same terms,
     * same order).
     */
    private final boolean[] rowTakesPartValue;

    // baseline: no event at all
    private final boolean[] baseAvailable;
    private final double[] baseVolume;
    private final boolean[] baseSourceUp;
    private final double[] baseSourceThroughput;

    // the running scenario, valid where stamped
    private final boolean[] available;
    private final double[] volume;
    private final boolean[] sourceUp;
    /** min(1, min over the source's children of the row volume fraction), 0 when its site is down. */
    private final double[] sourceThroughput;
    private final int[] partStamp;
    private final int[] siteDownStamp;
    private final int[] partDownStamp;
    private final int[] queuedStamp;
    private final int[] heap;
    private int heapSize;
    private int epoch;
    private int partsRecomputed;

    public KnockoutPropagator(SupplyNetwork network) {
        this.net = network;
        int parts = network.partCount();
        int sources = network.sourceCount();
        topoPosition = new int[parts];
        for (int i = 0; i < parts; i++) {
            topoPosition[network.topologicalPart(i)] = i;
        }
        rowTakesPartValue = new boolean[network.rowCount()];
        for (int row = 0; row < network.rowCount(); row++) {
            rowTakesPartValue[row] = takesPartValue(network, row);
        }
        available = new boolean[parts];
        volume = new double[parts];
        sourceUp = new boolean[sources];
        sourceThroughput = new double[sources];
        partStamp = new int[parts];
        siteDownStamp = new int[network.siteCount()];
        partDownStamp = new int[parts];
        queuedStamp = new int[parts];
        heap = new int[parts];
        epoch = 1;
        baseAvailable = new boolean[parts];
        baseVolume = new double[parts];
        baseSourceUp = new boolean[sources];
        baseSourceThroughput = new double[sources];
        evaluateFully(new int[0], new int[0]);
        System.arraycopy(available, 0, baseAvailable, 0, parts);
        System.arraycopy(volume, 0, baseVolume, 0, parts);
        System.arraycopy(sourceUp, 0, baseSourceUp, 0, sources);
        System.arraycopy(sourceThroughput, 0, baseSourceThroughput, 0, sources);
        nextEpoch();
    }

    private static boolean takesPartValue(SupplyNetwork net, int row) {
        int c = net.rowChild(row);
        int a = net.approvedStart(row);
        if (net.approvedEnd(row) - a != net.qualifiedSourceCount(c)) {
            return false;
        }
        for (int n = net.sourceStart(c); n < net.qualifiedSourceEnd(c); n++, a++) {
            if (net.approvedSource(a) != n || Double.compare(net.approvedShare(a), net.sourceShare(n)) != 0) {
                return false;
            }
        }
        return true;
    }

    public SupplyNetwork network() {
        return net;
    }

    /** Evaluates a resolved knock-out incrementally; the state then answers the accessors. */
    public void evaluate(Knockout knockout) {
        evaluateIncrementally(knockout.sitesDown().stream().toArray(), knockout.partsDown().stream().toArray());
    }

    /** Recomputes every part in topological order, ignoring the baseline (the reference method). */
    public void evaluateFully(int[] sitesDown, int[] partsDown) {
        nextEpoch();
        markDown(sitesDown, partsDown);
        for (int i = 0; i < net.partCount(); i++) {
            int p = net.topologicalPart(i);
            computePart(p);
            partStamp[p] = epoch;
        }
        partsRecomputed = net.partCount();
    }

    /**
     * Starts from the baseline and recomputes only the parts that a knocked-out site or part can
     * reach, upwards, stopping where a part and all its sources come out as in the baseline.
     */
    public void evaluateIncrementally(int[] sitesDown, int[] partsDown) {
        nextEpoch();
        markDown(sitesDown, partsDown);
        heapSize = 0;
        partsRecomputed = 0;
        for (int s : sitesDown) {
            for (int k = net.siteSourceStart(s); k < net.siteSourceEnd(s); k++) {
                int n = net.siteSource(k);
                if (net.isQualified(n)) {
                    enqueue(net.sourcePart(n));
                }
            }
        }
        for (int p : partsDown) {
            enqueue(p);
        }
        while (heapSize > 0) {
            int p = net.topologicalPart(pop());
            computePart(p);
            partStamp[p] = epoch;
            partsRecomputed++;
            if (differsFromBaseline(p)) {
                for (int k = net.childRowStart(p); k < net.childRowEnd(p); k++) {
                    enqueue(net.rowParent(net.childRow(k)));
                }
            }
        }
    }

    /** Parts recomputed by the last evaluation (the size of the cone it walked). */
    public int partsRecomputed() {
        return partsRecomputed;
    }

    public boolean isSiteDown(int site) {
        return siteDownStamp[site] == epoch;
    }

    public boolean isPartDown(int part) {
        return partDownStamp[part] == epoch;
    }

    public boolean isAvailable(int part) {
        return partStamp[part] == epoch ? available[part] : baseAvailable[part];
    }

    public double volumeFraction(int part) {
        return partStamp[part] == epoch ? volume[part] : baseVolume[part];
    }

    /** Boolean state of a qualified source: site up and every child available through its row. */
    public boolean isSourceUp(int source) {
        return partStamp[net.sourcePart(source)] == epoch ? sourceUp[source] : baseSourceUp[source];
    }

    public double sourceThroughput(int source) {
        return partStamp[net.sourcePart(source)] == epoch ? sourceThroughput[source] : baseSourceThroughput[source];
    }

    /** Whether the row's child is available through the row's approved qualified sources. */
    public boolean isRowAvailable(int row) {
        int c = net.rowChild(row);
        if (rowTakesPartValue[row]) {
            return isAvailable(c);
        }
        if (isPartDown(c)) {
            return false;
        }
        if (net.isUnmapped(c)) {
            return true;
        }
        for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
            if (isSourceUp(net.approvedSource(a))) {
                return true;
            }
        }
        return false;
    }

    /** The child's volume fraction over the row's approved sources, shares renormalised (spec 3.3). */
    public double rowVolumeFraction(int row) {
        int c = net.rowChild(row);
        if (rowTakesPartValue[row]) {
            return volumeFraction(c);
        }
        if (isPartDown(c)) {
            return 0.0;
        }
        if (net.isUnmapped(c)) {
            return 1.0;
        }
        double sum = 0.0;
        for (int a = net.approvedStart(row); a < net.approvedEnd(row); a++) {
            sum += net.approvedShare(a) * sourceThroughput(net.approvedSource(a));
        }
        return Math.min(1.0, sum);
    }

    private void computePart(int p) {
        int start = net.sourceStart(p);
        int end = net.qualifiedSourceEnd(p);
        if (isPartDown(p)) {
            for (int n = start; n < end; n++) {
                sourceUp[n] = false;
                sourceThroughput[n] = 0.0;
            }
            available[p] = false;
            volume[p] = 0.0;
            return;
        }
        if (start == end) {
            available[p] = true;
            volume[p] = 1.0;
            return;
        }
        boolean any = false;
        double sum = 0.0;
        // sources made to the generic bill share it: evaluate each distinct bill once
        int billFirst = -1;
        int billLength = -1;
        boolean billUp = true;
        double billThroughput = 1.0;
        for (int n = start; n < end; n++) {
            boolean up;
            double throughput;
            if (isSiteDown(net.sourceSite(n))) {
                up = false;
                throughput = 0.0;
            } else {
                int first = net.billStart(n);
                int length = net.billEnd(n) - first;
                int firstRow = length == 0 ? -1 : net.billRow(first);
                if (firstRow != billFirst || length != billLength) {
                    billFirst = firstRow;
                    billLength = length;
                    billUp = true;
                    billThroughput = 1.0;
                    for (int b = first; b < first + length; b++) {
                        int row = net.billRow(b);
                        billUp &= isRowAvailable(row);
                        billThroughput = Math.min(billThroughput, rowVolumeFraction(row));
                    }
                }
                up = billUp;
                throughput = billThroughput;
            }
            sourceUp[n] = up;
            sourceThroughput[n] = throughput;
            any |= up;
            sum += net.sourceShare(n) * throughput;
        }
        available[p] = any;
        volume[p] = Math.min(1.0, sum);
    }

    private boolean differsFromBaseline(int p) {
        if (available[p] != baseAvailable[p] || volume[p] != baseVolume[p]) {
            return true;
        }
        for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
            if (sourceUp[n] != baseSourceUp[n] || sourceThroughput[n] != baseSourceThroughput[n]) {
                return true;
            }
        }
        return false;
    }

    private void markDown(int[] sitesDown, int[] partsDown) {
        for (int s : sitesDown) {
            siteDownStamp[s] = epoch;
        }
        for (int p : partsDown) {
            partDownStamp[p] = epoch;
        }
    }

    private void nextEpoch() {
        epoch++;
        if (epoch == Integer.MAX_VALUE) {
            // after two billion scenarios the stamps would wrap: clear them once
            Arrays.fill(partStamp, 0);
            Arrays.fill(siteDownStamp, 0);
            Arrays.fill(partDownStamp, 0);
            Arrays.fill(queuedStamp, 0);
            epoch = 1;
        }
    }

    // a binary min-heap of topological positions: a part is recomputed only after all its children

    private void enqueue(int part) {
        if (queuedStamp[part] == epoch) {
            return;
        }
        queuedStamp[part] = epoch;
        int key = topoPosition[part];
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return top;
    }
}
