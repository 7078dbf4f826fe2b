package dev.kizuna.supply.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A production or storage location of an organization. Number components are {@code NaN} when absent.
 *
 * @param capacityPerWeek units of any part per week, shared by all sources at this site
 * @param disruptionProbability probability of a disruption per year, in [0, 1]
 * @param ttrWeeks time to recover from a disruption, in weeks
 */
public record Site(SiteId id, OrganizationId organizationId, CountryCode country, String name, String region,
                   double latitude, double longitude, double capacityPerWeek, double disruptionProbability,
                   double ttrWeeks, Map<String, String> attributes) {
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(country, "country");
        name = name == null ? "" : name;
        region = region == null ? "" : region;
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public OptionalDouble findCapacityPerWeek() {
        return Numbers.optional(capacityPerWeek);
    }

    public OptionalDouble findDisruptionProbability() {
        return Numbers.optional(disruptionProbability);
    }

    public OptionalDouble findTtrWeeks() {
        return Numbers.optional(ttrWeeks);
    }
}
