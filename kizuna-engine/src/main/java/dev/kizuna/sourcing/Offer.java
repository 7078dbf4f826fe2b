package dev.kizuna.sourcing;

import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A seller's offer to supply a part, or any part of a category, from one of its sites (offers.csv of
 * kizuna/1.1). Number components are {@code NaN} when absent.
 *
 * @param partId the part offered, or {@code null} when the offer covers a whole {@code category}
 * @param category the part category offered; empty when the offer names a part
 * @param qualificationCost what it costs the buyer to qualify this source, in the dataset currency
 * @param qualificationWeeks how long that qualification takes
 * @param readiness technology or manufacturing readiness, 1 to 9; 0 when absent
 */
public record Offer(String id, OrganizationId organizationId, SiteId siteId, PartId partId, String category,
                   double capacityPerWeek, double unitPrice, double leadTimeDays, double qualificationCost,
                   double qualificationWeeks, String exportControl, int readiness) {
    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(siteId, "siteId");
        category = category == null ? "" : category;
        exportControl = exportControl == null ? "" : exportControl;
        if (partId == null && category.isEmpty()) {
            throw new IllegalArgumentException("offer " + id + " names neither a part nor a category");
        }
    }

    public Optional<PartId> findPartId() {
        return Optional.ofNullable(partId);
    }

    /** True when the offer covers the part: it names it, or names its (non-empty) category. */
    public boolean covers(PartId part, String partCategory) {
        if (partId != null) {
            return partId.equals(part);
        }
        return !category.isEmpty() && category.equals(partCategory);
    }

    public OptionalDouble findCapacityPerWeek() {
        return optional(capacityPerWeek);
    }

    public OptionalDouble findUnitPrice() {
        return optional(unitPrice);
    }

    public OptionalDouble findLeadTimeDays() {
        return optional(leadTimeDays);
    }

    /** Absent qualification cost counts as 0: nothing is known to be spent. */
    public double qualificationCostOrZero() {
        return Double.isNaN(qualificationCost) ? 0 : qualificationCost;
    }

    public double qualificationWeeksOrZero() {
        return Double.isNaN(qualificationWeeks) ? 0 : qualificationWeeks;
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
