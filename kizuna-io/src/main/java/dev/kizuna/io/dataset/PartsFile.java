package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;

/** parts.csv: id, name [, category, unit_cost, export_control, hs_code]. */
final class PartsFile {
    private PartsFile() {
    }

    static IdTable<PartId, Part> newTable() {
        return new IdTable<>(DatasetFile.PARTS, "id");
    }

    static void read(CsvRows csv, IdPool ids, IdTable<PartId, Part> table) {
        int id = csv.column("id");
        int name = csv.column("name");
        int category = csv.column("category");
        int unitCost = csv.column("unit_cost");
        int exportControl = csv.column("export_control");
        int hsCode = csv.column("hs_code");
        TextPool categories = new TextPool();
        TextPool controls = new TextPool();
        TextPool hsCodes = new TextPool();
        while (csv.next()) {
            PartId partId = ids.part(RowValues.required(csv, id, "id"));
            String partName = RowValues.required(csv, name, "name");
            double cost = RowValues.number(csv, unitCost, "unit_cost", Range.NON_NEGATIVE);
            Part part = partId == null ? null
                    : new Part(partId, partName, categories.share(csv.cell(category)), cost,
                    controls.share(csv.cell(exportControl)), hsCodes.share(csv.cell(hsCode)), csv.attributes());
            table.add(csv, partId, part);
        }
    }
}
