package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.SiteId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * bom.csv: parents and children are parts, sites resolve and are source sites (contract 2), no row
 * twice, and no cycle ({@link BomCycles}).
 */
final class BomChecks {
    private BomChecks() {
    }

    /** Bills up to this many rows are checked for repeats pairwise, larger ones with a hash map. */
    private static final int SMALL_BILL = 16;

    private record RowKey(Object child, SiteId site) {
    }

    /**
     * @param sourceSites null when sources.csv could not be read whole (source-site rules are then skipped)
     * @return the BOM as edges between part rows, for the cycle search and reachability
     */
    static BomGraph run(Table<BomLine> bom, PartIndex parts, IdTable<SiteId, SitesFile.Row> sites,
                        SourceSites sourceSites) {
        int[] parentOf = new int[bom.size()];
        int[] childOf = new int[bom.size()];
        for (int row = 0; row < bom.size(); row++) {
            BomLine line = bom.rows.get(row);
            parentOf[row] = line == null ? -1 : parts.of(line.parentId());
            childOf[row] = line == null ? -1 : parts.of(line.childId());
            if (line != null) {
                references(bom, row, line, parentOf[row], childOf[row], parts, sites, sourceSites);
            }
        }
        BomGraph graph = new BomGraph(parts, bom, parentOf, childOf);
        for (int part = 0; part < parts.size(); part++) {
            duplicates(bom, graph, part);
        }
        return graph;
    }

    private static void references(Table<BomLine> bom, int row, BomLine line, int parent, int child,
                                   PartIndex parts, IdTable<SiteId, SitesFile.Row> sites,
                                   SourceSites sourceSites) {
        if (parts.complete()) {
            if (parent < 0) {
                bom.problem(row, "parent_id '" + line.parentId() + "' is not an id in parts.csv");
            }
            if (child < 0) {
                bom.problem(row, "child_id '" + line.childId() + "' is not an id in parts.csv");
            }
        }
        SiteId site = line.siteId();
        if (site != null) {
            if (sites.complete && !sites.defines(site)) {
                bom.problem(row, "site_id '" + site + "' is not an id in sites.csv");
            } else if (sourceSites != null && parent >= 0 && !sourceSites.has(parent, site)) {
                bom.problem(row, "site_id '" + site + "' is not a source of parent '" + line.parentId()
                        + "' in sources.csv; add that source or fix site_id");
            }
        }
        for (SiteId approved : line.approvedSites()) {
            if (sites.complete && !sites.defines(approved)) {
                bom.problem(row, "approved_sites entry '" + approved + "' is not an id in sites.csv");
            } else if (sourceSites != null && child >= 0 && !sourceSites.has(child, approved)) {
                bom.problem(row, "approved_sites entry '" + approved + "' is not a source of child '"
                        + line.childId() + "' in sources.csv; add that source or remove the entry");
            }
        }
    }

    private static void duplicates(Table<BomLine> bom, BomGraph graph, int part) {
        int from = graph.firstEdge(part);
        int to = graph.endEdge(part);
        if (to - from > SMALL_BILL) {
            duplicatesOfLargeBill(bom, graph, from, to);
            return;
        }
        for (int edge = from + 1; edge < to; edge++) {
            BomLine line = bom.rows.get(graph.rowOf(edge));
            for (int before = from; before < edge; before++) {
                BomLine earlier = bom.rows.get(graph.rowOf(before));
                if (earlier.childId().equals(line.childId()) && Objects.equals(earlier.siteId(), line.siteId())) {
                    reportDuplicate(bom, graph.rowOf(edge), line, graph.rowOf(before));
                    break;
                }
            }
        }
    }

    private static void duplicatesOfLargeBill(Table<BomLine> bom, BomGraph graph, int from, int to) {
        Map<RowKey, Integer> firstRow = new HashMap<>();
        for (int edge = from; edge < to; edge++) {
            int row = graph.rowOf(edge);
            BomLine line = bom.rows.get(row);
            Integer first = firstRow.putIfAbsent(new RowKey(line.childId(), line.siteId()), row);
            if (first != null) {
                reportDuplicate(bom, row, line, first);
            }
        }
    }

    private static void reportDuplicate(Table<BomLine> bom, int row, BomLine line, int first) {
        String site = line.siteId() == null ? "no site_id" : "site_id '" + line.siteId() + "'";
        bom.problem(row, "duplicate BOM row for parent '" + line.parentId() + "', child '" + line.childId()
                + "' and " + site + "; first on line " + bom.line(first));
    }
}
