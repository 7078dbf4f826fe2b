package dev.kizuna.stress.lp;

import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * The upstream cone of each system as the stress model of spec 3.9 sees it: the qualified sources
 * of the top part, then, for every bill row of a cone source, the row's approved qualified sources.
 * Shares play no part (the LP may use any approved qualified source), and the bill of an unmapped
 * part is not followed, because an unmapped part is always available.
 */
public final class Cones {
    private final SupplyNetwork network;
    private final BitSet[] sources;
    private final BitSet[] parts;
    private final BitSet[] sites;

    private Cones(SupplyNetwork network) {
        this.network = network;
        int count = network.systemCount();
        sources = new BitSet[count];
        parts = new BitSet[count];
        sites = new BitSet[count];
        for (int y = 0; y < count; y++) {
            build(y);
        }
    }

    public static Cones of(SupplyNetwork network) {
        return new Cones(network);
    }

    private void build(int system) {
        BitSet coneSources = new BitSet(network.sourceCount());
        BitSet coneParts = new BitSet(network.partCount());
        BitSet coneSites = new BitSet(network.siteCount());
        int top = network.systemTopPart(system);
        coneParts.set(top);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int n = network.sourceStart(top); n < network.qualifiedSourceEnd(top); n++) {
            coneSources.set(n);
            queue.add(n);
        }
        while (!queue.isEmpty()) {
            int n = queue.poll();
            coneSites.set(network.sourceSite(n));
            for (int b = network.billStart(n); b < network.billEnd(n); b++) {
                int row = network.billRow(b);
                coneParts.set(network.rowChild(row));
                for (int a = network.approvedStart(row); a < network.approvedEnd(row); a++) {
                    int m = network.approvedSource(a);
                    if (!coneSources.get(m)) {
                        coneSources.set(m);
                        queue.add(m);
                    }
                }
            }
        }
        sources[system] = coneSources;
        parts[system] = coneParts;
        sites[system] = coneSites;
    }

    public SupplyNetwork network() {
        return network;
    }

    /** Qualified sources of the system's cone; do not modify. */
    public BitSet sources(int system) {
        return sources[system];
    }

    /** Parts of the cone, the top part and unmapped components included; do not modify. */
    public BitSet parts(int system) {
        return parts[system];
    }

    /** Sites of the cone's sources; do not modify. */
    public BitSet sites(int system) {
        return sites[system];
    }

    /** Every site that some system needs: the default stress sweep. */
    public BitSet allSites() {
        BitSet all = new BitSet(network.siteCount());
        for (BitSet s : sites) {
            all.or(s);
        }
        return all;
    }

    /** The systems whose cone holds a knocked-out site or part: the systems a scenario can touch. */
    public BitSet touched(Knockout knockout) {
        BitSet touched = new BitSet(network.systemCount());
        for (int y = 0; y < sites.length; y++) {
            if (sites[y].intersects(knockout.sitesDown()) || parts[y].intersects(knockout.partsDown())) {
                touched.set(y);
            }
        }
        return touched;
    }
}
