package dev.kizuna.supply.model;

import java.util.Objects;
import java.util.OptionalDouble;

/** Country-level risk data (countries.csv). Number components are {@code NaN} when absent. */
public record Country(CountryCode code, String name, double disruptionProbability, double ttrWeeks) {
    public Country {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name;
    }

    public OptionalDouble findDisruptionProbability() {
        return Numbers.optional(disruptionProbability);
    }

    public OptionalDouble findTtrWeeks() {
        return Numbers.optional(ttrWeeks);
    }
}
