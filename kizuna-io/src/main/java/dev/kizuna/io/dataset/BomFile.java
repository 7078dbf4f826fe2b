package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import java.util.ArrayList;
import java.util.List;

/** bom.csv: parent_id, child_id, quantity [, site_id, approved_sites]. */
final class BomFile {
    private BomFile() {
    }

    static Table<BomLine> newTable() {
        return new Table<>(DatasetFile.BOM);
    }

    static void read(CsvRows csv, IdPool ids, Table<BomLine> table) {
        int parent = csv.column("parent_id");
        int child = csv.column("child_id");
        int quantity = csv.column("quantity");
        int site = csv.column("site_id");
        int approved = csv.column("approved_sites");
        IdPool.Column<PartId> parents = ids.partColumn();
        while (csv.next()) {
            PartId parentId = parents.of(RowValues.required(csv, parent, "parent_id"));
            PartId childId = ids.part(RowValues.required(csv, child, "child_id"));
            double perUnit = RowValues.requiredNumber(csv, quantity, "quantity", Range.POSITIVE);
            SiteId siteId = ids.site(csv.cell(site));
            List<SiteId> approvedSites = approvedSites(csv.cell(approved), ids);
            BomLine line = parentId == null || childId == null ? null
                    : new BomLine(parentId, childId, perUnit, siteId, approvedSites);
            table.add(csv, line);
        }
    }

    /** {@code ;}-separated site ids, trimmed; empty entries and repeats are dropped. */
    static List<SiteId> approvedSites(String cell, IdPool ids) {
        if (cell == null) {
            return List.of();
        }
        List<SiteId> sites = new ArrayList<>(4);
        int from = 0;
        while (from <= cell.length()) {
            int end = cell.indexOf(';', from);
            if (end < 0) {
                end = cell.length();
            }
            String entry = cell.substring(from, end).strip();
            if (!entry.isEmpty()) {
                SiteId id = ids.site(entry);
                if (!sites.contains(id)) {
                    sites.add(id);
                }
            }
            from = end + 1;
        }
        return sites;
    }
}
