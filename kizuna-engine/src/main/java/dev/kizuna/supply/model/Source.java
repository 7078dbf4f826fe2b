package dev.kizuna.supply.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A site that makes or supplies a part. Number components are {@code NaN} when absent.
 *
 * @param share fraction of the part's volume from this source, in [0, 1]
 */
public record Source(PartId partId, SiteId siteId, double share, SourceStatus status, double capacityPerWeek,
                     double leadTimeDays, double unitPrice) {
    public Source {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(siteId, "siteId");
        status = status == null ? SourceStatus.QUALIFIED : status;
    }

    public boolean isQualified() {
        return status == SourceStatus.QUALIFIED;
    }

    public OptionalDouble findShare() {
        return Numbers.optional(share);
    }

    public OptionalDouble findCapacityPerWeek() {
        return Numbers.optional(capacityPerWeek);
    }

    public OptionalDouble findLeadTimeDays() {
        return Numbers.optional(leadTimeDays);
    }

    public OptionalDouble findUnitPrice() {
        return Numbers.optional(unitPrice);
    }
}
