package dev.kizuna.compliance;

import dev.kizuna.supply.model.CountryCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A carve-out from a rule, in force before {@code until} (exclusive; null = for as long as the rule).
 * It covers a finding when every selector it gives matches (an exemption with no selector covers
 * everything): the part, its part attributes (extra parts.csv columns, e.g. {@code blue_uas: yes}), the
 * organization of the site or one above it, the site's location country, and the location countries
 * of the system's end product (every top-part source with volume must be in them: "US domestic end
 * products").
 */
public record Exemption(String reason, LocalDate until, List<String> parts, Map<String, String> partAttributes,
                        List<String> organizations, Set<CountryCode> siteCountries,
                        Set<CountryCode> endProductCountries) {
    public Exemption {
        reason = reason == null ? "" : reason;
        parts = List.copyOf(parts);
        partAttributes = Map.copyOf(partAttributes);
        organizations = List.copyOf(organizations);
        siteCountries = Set.copyOf(siteCountries);
        endProductCountries = Set.copyOf(endProductCountries);
    }

    public boolean inForceOn(LocalDate date) {
        return until == null || date.isBefore(until);
    }
}
