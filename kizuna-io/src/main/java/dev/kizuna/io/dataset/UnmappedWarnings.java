package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.SystemId;
import java.util.BitSet;

/**
 * Warns about parts that some system needs (through any BOM row) but that have no qualified
 * source: the contract calls them unmapped and counts their value-add as unknown (3.2).
 */
final class UnmappedWarnings {
    /** More would bury the other warnings; the summary line says how many were left out. */
    static final int MAX_LISTED = 100;

    private UnmappedWarnings() {
    }

    static void run(IdTable<SystemId, EndSystem> systems, PartIndex parts, BomGraph graph, SourceSites sourceSites,
                    Problems warnings) {
        BitSet reached = new BitSet(parts.size());
        int[] queue = new int[parts.size()];
        int tail = 0;
        for (EndSystem system : systems.rows) {
            int top = parts.of(system.topPartId());
            if (!reached.get(top)) {
                reached.set(top);
                queue[tail++] = top;
            }
        }
        for (int head = 0; head < tail; head++) {
            int part = queue[head];
            for (int edge = graph.firstEdge(part); edge < graph.endEdge(part); edge++) {
                int child = graph.childOf(edge);
                if (!reached.get(child)) {
                    reached.set(child);
                    queue[tail++] = child;
                }
            }
        }
        int unmapped = 0;
        int lastLine = 1;
        for (int part = reached.nextSetBit(0); part >= 0; part = reached.nextSetBit(part + 1)) {
            if (sourceSites.hasQualified(part)) {
                continue;
            }
            unmapped++;
            lastLine = parts.line(part);
            if (unmapped <= MAX_LISTED) {
                warnings.add(DatasetFile.PARTS, parts.line(part), "part '" + parts.idAt(part)
                        + "' has no qualified source (unmapped): its value-add counts as unknown"
                        + " and disruption analyses treat it as always available");
            }
        }
        if (unmapped > MAX_LISTED) {
            warnings.add(DatasetFile.PARTS, lastLine, (unmapped - MAX_LISTED) + " more unmapped parts not listed ("
                    + unmapped + " in all)");
        }
    }
}
