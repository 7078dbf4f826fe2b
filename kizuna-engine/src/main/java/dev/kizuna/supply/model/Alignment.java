package dev.kizuna.supply.model;

import java.util.Set;

/**
 * The dataset's alignment lists. Every country not home and not listed is {@link AlignmentClass#OTHER}.
 * A country in two lists is rejected by validation before an instance is made.
 */
public record Alignment(CountryCode home, Set<CountryCode> ally, Set<CountryCode> partner, Set<CountryCode> concern)
        implements java.io.Serializable {
    public Alignment {
        ally = Set.copyOf(ally);
        partner = Set.copyOf(partner);
        concern = Set.copyOf(concern);
    }

    public AlignmentClass classOf(CountryCode country) {
        if (country == null) {
            return AlignmentClass.UNKNOWN;
        }
        if (country.equals(home)) {
            return AlignmentClass.HOME;
        }
        if (ally.contains(country)) {
            return AlignmentClass.ALLY;
        }
        if (partner.contains(country)) {
            return AlignmentClass.PARTNER;
        }
        if (concern.contains(country)) {
            return AlignmentClass.CONCERN;
        }
        return AlignmentClass.OTHER;
    }
}
