package dev.kizuna.content;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;

/**
 * Value by origin (spec 3.4): for every part, the value of one unit split by the alignment class of
 * the sites that add it. One pass in topological order; each source's vector is kept so that rows
 * with an approved-vendor list can use the sources they allow.
 *
 * <p>An unmapped part takes C(c) of its generic children as the spec's formula says.
 * Where the spec is silent: a row whose child has qualified sources but none of them approved
 * for that row still carries the child's value, counted as {@code unknown} (nobody can be named as
 * its origin). An unmapped child contributes its own vector whatever the row approves.
 */
public final class ContentRollup {
    private static final int K = AlignmentClass.count();
    private static final int UNKNOWN = AlignmentClass.UNKNOWN.ordinal();

    private final SupplyNetwork network;
    private final Basis basis;
    private final double[] partContent;
    private final double[] sourceContent;

    private ContentRollup(SupplyNetwork network, Basis basis) {
        this.network = network;
        this.basis = basis;
        this.partContent = new double[network.partCount() * K];
        this.sourceContent = new double[network.sourceCount() * K];
    }

    public static ContentRollup compute(SupplyNetwork network, Basis basis) {
        ContentRollup rollup = new ContentRollup(network, basis);
        rollup.run();
        return rollup;
    }

    public Basis basis() {
        return basis;
    }

    /** Value of one unit of the part by origin class, in the dataset currency. */
    public ClassShares partContent(int part) {
        return ClassShares.of(partContent, part * K);
    }

    /** Value of one unit of the part when made at that source, by origin class. */
    public ClassShares sourceContent(int source) {
        return ClassShares.of(sourceContent, source * K);
    }

    private void run() {
        int[] classOfSite = new int[network.siteCount()];
        for (int s = 0; s < classOfSite.length; s++) {
            classOfSite[s] = network.siteClass(s, basis).ordinal();
        }
        for (int i = 0; i < network.partCount(); i++) {
            int p = network.topologicalPart(i);
            int out = p * K;
            if (network.isUnmapped(p)) {
                double childCost = 0;
                for (int r = network.genericRowStart(p); r < network.genericRowEnd(p); r++) {
                    int child = network.rowChild(r);
                    double q = network.rowQuantity(r);
                    childCost += q * network.partUnitCost(child);
                    // spec 3.4 takes C(c) here, not C(c | approved): an unmapped part has no
                    // known maker whose approved-vendor list could apply
                    for (int k = 0; k < K; k++) {
                        partContent[out + k] += q * partContent[child * K + k];
                    }
                }
                partContent[out + UNKNOWN] += Math.max(0, network.partUnitCost(p) - childCost);
                continue;
            }
            for (int n = network.sourceStart(p); n < network.qualifiedSourceEnd(p); n++) {
                int at = n * K;
                double childCost = 0;
                for (int b = network.billStart(n); b < network.billEnd(n); b++) {
                    int r = network.billRow(b);
                    childCost += network.rowQuantity(r) * network.partUnitCost(network.rowChild(r));
                    addRow(r, sourceContent, at);
                }
                sourceContent[at + classOfSite[network.sourceSite(n)]] += Math.max(0, network.partUnitCost(p) - childCost);
                double w = network.sourceShare(n);
                for (int k = 0; k < K; k++) {
                    partContent[out + k] += w * sourceContent[at + k];
                }
            }
        }
    }

    /** Adds q * C(child | approved) of a row to target[at..at+K). */
    private void addRow(int row, double[] target, int at) {
        int child = network.rowChild(row);
        double q = network.rowQuantity(row);
        int from = network.approvedStart(row);
        int to = network.approvedEnd(row);
        int qualified = network.qualifiedSourceCount(child);
        if (qualified == 0 || to - from == qualified) {
            // unmapped, or every qualified source approved with its own share: C(c | approved) = C(c)
            int c = child * K;
            for (int k = 0; k < K; k++) {
                target[at + k] += q * partContent[c + k];
            }
        } else if (to == from) {
            double total = 0;
            for (int k = 0; k < K; k++) {
                total += partContent[child * K + k];
            }
            target[at + UNKNOWN] += q * total;
        } else {
            for (int a = from; a < to; a++) {
                int s = network.approvedSource(a) * K;
                double w = q * network.approvedShare(a);
                for (int k = 0; k < K; k++) {
                    target[at + k] += w * sourceContent[s + k];
                }
            }
        }
    }
}
