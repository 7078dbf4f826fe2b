package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SystemId;
import java.util.List;

/** Everything read from the files, before the checks across files. */
record ParsedFiles(ManifestReader.Result manifest,
                   IdTable<OrganizationId, OrganizationsFile.Row> organizations,
                   IdTable<SiteId, SitesFile.Row> sites,
                   IdTable<PartId, Part> parts,
                   Table<BomLine> bom,
                   Table<Source> sources,
                   Table<InventoryLot> inventory,
                   IdTable<SystemId, EndSystem> systems,
                   Table<FleetHolding> fleet,
                   IdTable<CountryCode, Country> countries) {

    List<Table<?>> tables() {
        return List.of(organizations, sites, parts, bom, sources, inventory, systems, fleet, countries);
    }

    /** Problems of all files and checks so far (the manifest's included), unsorted. */
    Problems problems() {
        Problems all = new Problems();
        all.addAll(manifest.problems());
        for (Table<?> table : tables()) {
            all.addAll(table.problems);
        }
        return all;
    }
}
