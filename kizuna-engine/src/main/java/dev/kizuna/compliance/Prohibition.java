package dev.kizuna.compliance;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;

import java.util.List;
import java.util.Set;

/**
 * What origins a rule prohibits. A (part, site) pair is prohibited on a basis when that basis's
 * country is listed, or its alignment class is listed, or {@code onlyCountries} is non-empty and the
 * country is not in it ("foreign-made": everything but the listed countries). Independently of basis,
 * it is prohibited when the site's organization, or any organization above it in the ownership chain,
 * is on the entity list (by id, or by name compared normalized).
 *
 * @param bases the bases on which countries are checked: location, control or both
 */
public record Prohibition(Set<CountryCode> countries, Set<AlignmentClass> classes, Set<CountryCode> onlyCountries,
                          List<String> entities, Set<Basis> bases) {
    public Prohibition {
        countries = Set.copyOf(countries);
        classes = Set.copyOf(classes);
        onlyCountries = Set.copyOf(onlyCountries);
        entities = List.copyOf(entities);
        bases = Set.copyOf(bases);
    }

    boolean prohibitsCountry(CountryCode country, AlignmentClass alignmentClass) {
        return countries.contains(country) || classes.contains(alignmentClass)
                || (!onlyCountries.isEmpty() && !onlyCountries.contains(country));
    }
}
