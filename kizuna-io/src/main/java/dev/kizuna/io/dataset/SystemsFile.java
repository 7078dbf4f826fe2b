package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SystemId;

/** systems.csv: id, name, part_id [, category, demand_per_week, shortfall_cost_per_unit]. */
final class SystemsFile {
    private SystemsFile() {
    }

    static IdTable<SystemId, EndSystem> newTable() {
        return new IdTable<>(DatasetFile.SYSTEMS, "id");
    }

    static void read(CsvRows csv, IdPool ids, IdTable<SystemId, EndSystem> table) {
        int id = csv.column("id");
        int name = csv.column("name");
        int part = csv.column("part_id");
        int category = csv.column("category");
        int demand = csv.column("demand_per_week");
        int shortfall = csv.column("shortfall_cost_per_unit");
        while (csv.next()) {
            SystemId systemId = ids.system(RowValues.required(csv, id, "id"));
            String systemName = RowValues.required(csv, name, "name");
            PartId topPart = ids.part(RowValues.required(csv, part, "part_id"));
            double demandPerWeek = RowValues.number(csv, demand, "demand_per_week", Range.NON_NEGATIVE);
            double costPerUnit = RowValues.number(csv, shortfall, "shortfall_cost_per_unit", Range.NON_NEGATIVE);
            EndSystem system = systemId == null || topPart == null ? null
                    : new EndSystem(systemId, systemName, topPart, csv.cell(category), demandPerWeek, costPerUnit);
            table.add(csv, systemId, system);
        }
    }
}
