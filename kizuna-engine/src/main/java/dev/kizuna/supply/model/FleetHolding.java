package dev.kizuna.supply.model;

import java.util.Objects;

/** Units of a system held by an operator (a row of fleet.csv). */
public record FleetHolding(SystemId systemId, String operator, double units) {
    public FleetHolding {
        Objects.requireNonNull(systemId, "systemId");
        operator = operator == null ? "" : operator;
    }
}
