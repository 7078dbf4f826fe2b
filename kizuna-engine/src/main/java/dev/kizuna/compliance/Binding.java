package dev.kizuna.compliance;

import java.util.List;
import java.util.Locale;

/**
 * Whom a rule binds: every system, or the systems that match any of the selectors. A selector
 * value ending in {@code *} matches by prefix ({@code "US *"} matches every operator whose name starts
 * with "US "); matching ignores case.
 *
 * @param operators operators in fleet.csv: a system is bound when some fleet row of it names one
 * @param systemCategories systems.csv categories
 * @param systems system ids
 */
public record Binding(boolean everyone, List<String> operators, List<String> systemCategories, List<String> systems) {
    public static final Binding EVERYONE = new Binding(true, List.of(), List.of(), List.of());

    public Binding {
        operators = List.copyOf(operators);
        systemCategories = List.copyOf(systemCategories);
        systems = List.copyOf(systems);
    }

    /** True when the value matches one of the patterns. */
    static boolean matchesAny(List<String> patterns, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (p.endsWith("*") ? v.startsWith(p.substring(0, p.length() - 1)) : v.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
