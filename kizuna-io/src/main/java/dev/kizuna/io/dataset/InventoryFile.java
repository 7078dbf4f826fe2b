package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;

/** inventory.csv (optional): part_id, on_hand [, site_id]. */
final class InventoryFile {
    private InventoryFile() {
    }

    static Table<InventoryLot> newTable() {
        return new Table<>(DatasetFile.INVENTORY);
    }

    static void read(CsvRows csv, IdPool ids, Table<InventoryLot> table) {
        int part = csv.column("part_id");
        int onHand = csv.column("on_hand");
        int site = csv.column("site_id");
        while (csv.next()) {
            PartId partId = ids.part(RowValues.required(csv, part, "part_id"));
            double units = RowValues.requiredNumber(csv, onHand, "on_hand", Range.NON_NEGATIVE);
            SiteId siteId = ids.site(csv.cell(site));
            table.add(csv, partId == null ? null : new InventoryLot(partId, units, siteId));
        }
    }
}
