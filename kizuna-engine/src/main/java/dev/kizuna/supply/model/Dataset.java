package dev.kizuna.supply.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole, validated kizuna/1 dataset. Instances are only made from input that passed validation,
 * so analyses may rely on every reference resolving and the BOM being acyclic.
 */
public record Dataset(DatasetManifest manifest, List<Organization> organizations, List<Site> sites, List<Part> parts,
                      List<BomLine> bomLines, List<Source> sources, List<InventoryLot> inventory,
                      List<EndSystem> systems, List<FleetHolding> fleet, List<Country> countries) {
    public Dataset {
        Objects.requireNonNull(manifest, "manifest");
        organizations = List.copyOf(organizations);
        sites = List.copyOf(sites);
        parts = List.copyOf(parts);
        bomLines = List.copyOf(bomLines);
        sources = List.copyOf(sources);
        inventory = List.copyOf(inventory);
        systems = List.copyOf(systems);
        fleet = List.copyOf(fleet);
        countries = List.copyOf(countries);
    }
}
