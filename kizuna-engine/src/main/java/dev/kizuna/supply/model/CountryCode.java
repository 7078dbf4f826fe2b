package dev.kizuna.supply.model;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code JP}. */
public record CountryCode(String value) implements Comparable<CountryCode>, java.io.Serializable {
    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + value + "'");
        }
    }

    /** True when the text is an upper-case ISO 3166-1 alpha-2 code. */
    public static boolean isValid(String value) {
        return value != null && value.length() == 2 && ISO_CODES.contains(value);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
