package dev.kizuna.compliance;

import java.util.List;

/**
 * Result of checking a rule pack on a date; component names are the JSON keys of {@code kizuna check}.
 *
 * @param nextChange what the next date on which a rule starts, ends or loses an exemption changes;
 *                   null when no such date follows
 */
public record ComplianceReport(String pack, String date, List<RuleStatus> rules, List<Violation> violations,
                               NextChange nextChange) {
    public ComplianceReport {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
    }

    /** @param boundSystems ids of the systems the rule binds, whether or not it is in force */
    public record RuleStatus(String id, String title, String source, String confidence, boolean inForce,
                             String effectiveFrom, String effectiveUntil, List<String> boundSystems, int violations,
                             String note) {
    }

    public record NextChange(String date, List<String> rulesChanging, List<Violation> added, List<Violation> removed) {
    }
}
