package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Numbers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Typed cells of the current row; each bad value is reported at the row and read as absent. */
final class RowValues {
    private static final Map<String, CountryCode> COUNTRIES = new HashMap<>();

    static {
        for (String code : java.util.Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            COUNTRIES.put(code, new CountryCode(code));
        }
    }

    private RowValues() {
    }

    /** A required text cell; reports and returns null when empty. */
    static String required(CsvRows rows, int column, String name) {
        String value = rows.cell(column);
        if (value == null) {
            rows.problem(name + " is empty; it is required");
        }
        return value;
    }

    /** An optional number; {@link Numbers#ABSENT} when empty or invalid. */
    static double number(CsvRows rows, int column, String name, Range range) {
        String text = rows.cell(column);
        return text == null ? Numbers.ABSENT : parse(rows, text, name, range);
    }

    /** A required number; reports an empty cell. */
    static double requiredNumber(CsvRows rows, int column, String name, Range range) {
        String text = required(rows, column, name);
        return text == null ? Numbers.ABSENT : parse(rows, text, name, range);
    }

    private static double parse(CsvRows rows, String text, String name, Range range) {
        double value = parseDecimal(text);
        if (Double.isNaN(value)) {
            rows.problem(name + " '" + text + "' is not a number" + numberHint(text));
            return Numbers.ABSENT;
        }
        if (Double.isInfinite(value)) {
            rows.problem(name + " '" + text + "' is not a finite number");
            return Numbers.ABSENT;
        }
        if (!range.contains(value)) {
            rows.problem(name + " '" + text + "' " + range.wording());
            return Numbers.ABSENT;
        }
        return value;
    }

    /**
     * A plain decimal number (digits, sign, point, exponent), NaN when the text is anything else:
     * {@link Double#parseDouble} alone would also take "NaN", "Infinity", "0x1p3" and "1d".
     * Infinity comes back for values too large for a double.
     */
    static double parseDecimal(String text) {
        double fast = parseShortDecimal(text);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        if (!digit) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15};

    /**
     * The common case, {@code [-]digits[.digits]} with at most 15 digits, without going through
     * {@link Double#parseDouble}: such a mantissa and power of ten are exact doubles, so one division
     * is correctly rounded and gives the same double. NaN for anything else (the slow path decides).
     */
    private static double parseShortDecimal(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (++digits > 15) {
                    return Double.NaN;
                }
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    private static String numberHint(String text) {
        if (text.equalsIgnoreCase("nan") || text.toLowerCase(Locale.ROOT).contains("inf")) {
            return "; write a finite number or leave the cell empty";
        }
        if (text.endsWith("%")) {
            return "; write a fraction such as 0.5 instead of a percentage";
        }
        if (text.indexOf(',') >= 0) {
            return "; use a point as the decimal separator and no thousands separator";
        }
        return "";
    }

    /** A country code cell (required when {@code required}); null when empty or invalid. */
    static CountryCode country(CsvRows rows, int column, String name, boolean required) {
        String text = required ? required(rows, column, name) : rows.cell(column);
        if (text == null) {
            return null;
        }
        Optional<String> problem = countryProblem(name, text);
        if (problem.isPresent()) {
            rows.problem(problem.get());
            return null;
        }
        return COUNTRIES.get(text);
    }

    /** The shared instance of a valid upper-case ISO 3166-1 alpha-2 code, or null. */
    static CountryCode knownCountry(String text) {
        return COUNTRIES.get(text);
    }

    /** Why a text is not an upper-case ISO 3166-1 alpha-2 code, worded for {@code name}. */
    static Optional<String> countryProblem(String name, String text) {
        if (COUNTRIES.containsKey(text)) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (COUNTRIES.containsKey(upper)) {
            return Optional.of(name + " '" + text + "' must be upper case; use '" + upper + "'");
        }
        return Optional.of(name + " '" + text + "' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)");
    }

    /** An optional enum cell by its lower-case key; null when empty or not allowed. */
    static <E extends Enum<E>> E choice(CsvRows rows, int column, String name, E[] values,
                                        Function<E, String> key) {
        String text = rows.cell(column);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (key.apply(value).equals(text)) {
                return value;
            }
        }
        String allowed = Arrays.stream(values).map(key).collect(Collectors.joining(", "));
        String lower = text.toLowerCase(Locale.ROOT);
        boolean caseOnly = Arrays.stream(values).anyMatch(v -> key.apply(v).equals(lower));
        rows.problem(name + " '" + text + "' is not one of: " + allowed + (caseOnly ? "; use lower case" : ""));
        return null;
    }
}
