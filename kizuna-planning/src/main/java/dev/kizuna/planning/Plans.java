package dev.kizuna.planning;

import java.util.Locale;

/** Number formatting shared by target descriptions and explanations. */
final class Plans {
    private Plans() {
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static double round(double value, double unit) {
        return Math.round(value / unit) * unit;
    }
}
