package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.SystemId;

/** References of inventory.csv, systems.csv and fleet.csv resolve. */
final class ReferenceChecks {
    private ReferenceChecks() {
    }

    static void inventory(Table<InventoryLot> inventory, PartIndex parts, IdTable<SiteId, SitesFile.Row> sites,
                          SourceSites sourceSites) {
        for (int row = 0; row < inventory.size(); row++) {
            InventoryLot lot = inventory.rows.get(row);
            if (lot == null) {
                continue;
            }
            int part = parts.of(lot.partId());
            if (part < 0 && parts.complete()) {
                inventory.problem(row, "part_id '" + lot.partId() + "' is not an id in parts.csv");
            }
            SiteId site = lot.siteId();
            if (site == null) {
                continue;
            }
            if (sites.complete && !sites.defines(site)) {
                inventory.problem(row, "site_id '" + site + "' is not an id in sites.csv");
            } else if (sourceSites != null && part >= 0 && !sourceSites.has(part, site)) {
                inventory.problem(row, "site_id '" + site + "' is not a source of part '" + lot.partId()
                        + "' in sources.csv; add that source or leave site_id empty (pooled stock)");
            }
        }
    }

    static void systems(IdTable<SystemId, EndSystem> systems, PartIndex parts) {
        if (!parts.complete()) {
            return;
        }
        for (int row = 0; row < systems.size(); row++) {
            EndSystem system = systems.rows.get(row);
            if (system != null && parts.of(system.topPartId()) < 0) {
                systems.problem(row, "part_id '" + system.topPartId() + "' is not an id in parts.csv");
            }
        }
    }

    static void fleet(Table<FleetHolding> fleet, IdTable<SystemId, EndSystem> systems) {
        if (!systems.complete) {
            return;
        }
        for (int row = 0; row < fleet.size(); row++) {
            FleetHolding holding = fleet.rows.get(row);
            if (holding != null && !systems.defines(holding.systemId())) {
                fleet.problem(row, "system_id '" + holding.systemId() + "' is not an id in systems.csv");
            }
        }
    }
}
