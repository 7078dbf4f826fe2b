package dev.kizuna.supply.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A part, assembly or material. Text components are empty when absent.
 *
 * @param unitCost cost of one unit in the dataset currency, {@code NaN} when absent (counts as 0 in roll-ups)
 */
public record Part(PartId id, String name, String category, double unitCost, String exportControl, String hsCode,
                   Map<String, String> attributes) {
    public Part {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        category = category == null ? "" : category;
        exportControl = exportControl == null ? "" : exportControl;
        hsCode = hsCode == null ? "" : hsCode;
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }

    public OptionalDouble findUnitCost() {
        return Numbers.optional(unitCost);
    }
}
