package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;

/** sources.csv: part_id, site_id [, share, status, capacity_per_week, lead_time_days, unit_price]. */
final class SourcesFile {
    private SourcesFile() {
    }

    static Table<Source> newTable() {
        return new Table<>(DatasetFile.SOURCES);
    }

    static void read(CsvRows csv, IdPool ids, Table<Source> table) {
        int part = csv.column("part_id");
        int site = csv.column("site_id");
        int share = csv.column("share");
        int status = csv.column("status");
        int capacity = csv.column("capacity_per_week");
        int leadTime = csv.column("lead_time_days");
        int unitPrice = csv.column("unit_price");
        IdPool.Column<PartId> parts = ids.partColumn();
        while (csv.next()) {
            PartId partId = parts.of(RowValues.required(csv, part, "part_id"));
            SiteId siteId = ids.site(RowValues.required(csv, site, "site_id"));
            double volumeShare = RowValues.number(csv, share, "share", Range.FRACTION);
            SourceStatus sourceStatus = RowValues.choice(csv, status, "status", SourceStatus.values(),
                    SourceStatus::key);
            if (sourceStatus != null && sourceStatus != SourceStatus.QUALIFIED && volumeShare > 0) {
                csv.problem("share '" + csv.cell(share) + "' on a " + sourceStatus.key()
                        + " source; only qualified sources carry volume: leave share empty or 0");
            }
            double capacityPerWeek = RowValues.number(csv, capacity, "capacity_per_week", Range.NON_NEGATIVE);
            double leadTimeDays = RowValues.number(csv, leadTime, "lead_time_days", Range.NON_NEGATIVE);
            double price = RowValues.number(csv, unitPrice, "unit_price", Range.NON_NEGATIVE);
            Source source = partId == null || siteId == null ? null
                    : new Source(partId, siteId, volumeShare, sourceStatus, capacityPerWeek, leadTimeDays, price);
            table.add(csv, source);
        }
    }
}
