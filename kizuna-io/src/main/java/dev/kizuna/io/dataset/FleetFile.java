package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.SystemId;

/** fleet.csv (optional): system_id, operator, units. */
final class FleetFile {
    private FleetFile() {
    }

    static Table<FleetHolding> newTable() {
        return new Table<>(DatasetFile.FLEET);
    }

    static void read(CsvRows csv, IdPool ids, Table<FleetHolding> table) {
        int system = csv.column("system_id");
        int operator = csv.column("operator");
        int units = csv.column("units");
        while (csv.next()) {
            SystemId systemId = ids.system(RowValues.required(csv, system, "system_id"));
            String operatorName = RowValues.required(csv, operator, "operator");
            double count = RowValues.requiredNumber(csv, units, "units", Range.NON_NEGATIVE);
            table.add(csv, systemId == null ? null : new FleetHolding(systemId, operatorName, count));
        }
    }
}
