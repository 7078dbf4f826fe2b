package dev.kizuna.supply.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the bill of materials: {@code quantity} units of {@code childId} per unit of {@code parentId}.
 *
 * @param siteId when present, the row belongs to the bill used when the parent is made at that site
 *               (a site-specific bill overrides the generic one, spec 3.3); {@code null} for the generic bill
 * @param approvedSites the child's sources allowed to supply this row; empty means all qualified sources
 */
public record BomLine(PartId parentId, PartId childId, double quantity, SiteId siteId, List<SiteId> approvedSites) {
    public BomLine {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(childId, "childId");
        approvedSites = approvedSites == null || approvedSites.isEmpty() ? List.of() : List.copyOf(approvedSites);
    }

    public Optional<SiteId> findSiteId() {
        return Optional.ofNullable(siteId);
    }
}
