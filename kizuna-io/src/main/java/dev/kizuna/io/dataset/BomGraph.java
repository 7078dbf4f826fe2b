package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;

/**
 * The BOM as a directed graph on part rows: one edge per bom.csv row whose parent is a known part
 * (the child may be unknown: -1), grouped by parent. Every row counts, whatever its site_id.
 */
final class BomGraph {
    private final Grouping byParent;
    private final int[] childOf;
    private final int partCount;

    BomGraph(PartIndex parts, Table<BomLine> bom, int[] parentOf, int[] childOf) {
        this.byParent = new Grouping(parts.size(), parentOf);
        this.childOf = childOf;
        this.partCount = parts.size();
    }

    int partCount() {
        return partCount;
    }

    int firstEdge(int part) {
        return byParent.from(part);
    }

    int endEdge(int part) {
        return byParent.to(part);
    }

    /** The bom.csv row of an edge. */
    int rowOf(int edge) {
        return byParent.row(edge);
    }

    /** The child part row of an edge, -1 when the child is not in parts.csv. */
    int childOf(int edge) {
        return childOf[byParent.row(edge)];
    }
}
