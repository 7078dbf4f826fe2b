package dev.kizuna.supply.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Stock of a part on hand.
 *
 * @param siteId the source site holding it, or {@code null} for a pooled stock usable by any consumer
 */
public record InventoryLot(PartId partId, double onHand, SiteId siteId) {
    public InventoryLot {
        Objects.requireNonNull(partId, "partId");
    }

    public Optional<SiteId> findSiteId() {
        return Optional.ofNullable(siteId);
    }
}
