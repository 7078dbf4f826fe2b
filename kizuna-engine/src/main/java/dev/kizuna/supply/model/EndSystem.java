package dev.kizuna.supply.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A fielded system (a drone, a counter-UAS interceptor) whose supply is analysed; {@code topPartId}
 * is the part at the top of its bill of materials. Number components are {@code NaN} when absent.
 */
public record EndSystem(SystemId id, String name, PartId topPartId, String category, double demandPerWeek,
                        double shortfallCostPerUnit) {
    public EndSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topPartId, "topPartId");
        name = name == null ? "" : name;
        category = category == null ? "" : category;
    }

    public OptionalDouble findDemandPerWeek() {
        return Numbers.optional(demandPerWeek);
    }

    public OptionalDouble findShortfallCostPerUnit() {
        return Numbers.optional(shortfallCostPerUnit);
    }
}
