package dev.kizuna.io.dataset;

import java.util.ArrayList;
import java.util.List;

/** The files of a kizuna/1 dataset, in contract order (which is also the order problems are sorted in). */
enum DatasetFile {
    MANIFEST("kizuna.yaml", true, List.of(), List.of()),
    ORGANIZATIONS("organizations.csv", true, List.of("id", "name", "country"),
            List.of("parent_id", "kind", "operating_margin")),
    SITES("sites.csv", true, List.of("id", "organization_id", "country"),
            List.of("name", "region", "latitude", "longitude", "capacity_per_week", "disruption_probability",
                    "ttr_weeks")),
    PARTS("parts.csv", true, List.of("id", "name"), List.of("category", "unit_cost", "export_control", "hs_code")),
    BOM("bom.csv", true, List.of("parent_id", "child_id", "quantity"), List.of("site_id", "approved_sites")),
    SOURCES("sources.csv", true, List.of("part_id", "site_id"),
            List.of("share", "status", "capacity_per_week", "lead_time_days", "unit_price")),
    INVENTORY("inventory.csv", false, List.of("part_id", "on_hand"), List.of("site_id")),
    SYSTEMS("systems.csv", true, List.of("id", "name", "part_id"),
            List.of("category", "demand_per_week", "shortfall_cost_per_unit")),
    FLEET("fleet.csv", false, List.of("system_id", "operator", "units"), List.of()),
    COUNTRIES("countries.csv", false, List.of("code"), List.of("name", "disruption_probability", "ttr_weeks"));

    private final String fileName;
    private final boolean required;
    private final List<String> requiredColumns;
    private final List<String> knownColumns;

    DatasetFile(String fileName, boolean required, List<String> requiredColumns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.required = required;
        this.requiredColumns = requiredColumns;
        List<String> known = new ArrayList<>(requiredColumns);
        known.addAll(optionalColumns);
        this.knownColumns = List.copyOf(known);
    }

    String fileName() {
        return fileName;
    }

    boolean required() {
        return required;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    List<String> knownColumns() {
        return knownColumns;
    }

    /** Sort key of a problem's file: contract order, with the dataset path itself (zip, directory) first. */
    static int orderOf(String fileName) {
        for (DatasetFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return file.ordinal();
            }
        }
        return -1;
    }
}
