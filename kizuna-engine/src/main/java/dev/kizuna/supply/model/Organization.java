package dev.kizuna.supply.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A company or other legal entity. {@code parentId} links it to its owner; the control country of
 * an organization is the country of the root of that chain (spec 3.1).
 *
 * @param operatingMargin fraction in [-1, 1], {@code NaN} when absent
 */
public record Organization(OrganizationId id, String name, CountryCode country, OrganizationId parentId,
                           OrganizationKind kind, double operatingMargin, Map<String, String> attributes) {
    public Organization {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(country, "country");
        name = name == null ? "" : name;
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public Optional<OrganizationId> findParentId() {
        return Optional.ofNullable(parentId);
    }

    public Optional<OrganizationKind> findKind() {
        return Optional.ofNullable(kind);
    }

    public OptionalDouble findOperatingMargin() {
        return Numbers.optional(operatingMargin);
    }
}
