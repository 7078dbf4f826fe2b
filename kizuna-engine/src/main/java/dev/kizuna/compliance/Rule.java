package dev.kizuna.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One compliance rule of a pack: whom it binds, which parts of their systems it looks at, which
 * origins it prohibits, and when. In force on a date d when {@code effectiveFrom <= d} and
 * {@code d < effectiveUntil} (either may be null: open).
 *
 * @param endProduct whether the system's top part itself (the drone) is covered
 * @param componentCategories part categories covered, compared ignoring case; {@code anyComponent}
 *                            covers every part below the top part
 * @param source where the rule comes from (law, section, regulator notice), printed with its findings
 */
public record Rule(String id, String title, String source, Confidence confidence, Binding binds, boolean endProduct,
                   boolean anyComponent, Set<String> componentCategories, Prohibition prohibits,
                   LocalDate effectiveFrom, LocalDate effectiveUntil, List<Exemption> exemptions, String note) {
    public Rule {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        confidence = confidence == null ? Confidence.PRIMARY : confidence;
        Objects.requireNonNull(binds, "binds");
        componentCategories = Set.copyOf(componentCategories.stream()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
        Objects.requireNonNull(prohibits, "prohibits");
        exemptions = List.copyOf(exemptions);
        note = note == null ? "" : note;
    }

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }

    /** Whether a part of this category is covered, at the top ({@code isTop}) or below it. */
    public boolean covers(String category, boolean isTop) {
        if (isTop) {
            return endProduct;
        }
        return anyComponent || componentCategories.contains(category.toLowerCase(java.util.Locale.ROOT));
    }

    /** Dates on which this rule's effect may change: its start, its end and its exemptions' ends. */
    public List<LocalDate> changeDates() {
        List<LocalDate> dates = new java.util.ArrayList<>();
        if (effectiveFrom != null) {
            dates.add(effectiveFrom);
        }
        if (effectiveUntil != null) {
            dates.add(effectiveUntil);
        }
        for (Exemption exemption : exemptions) {
            if (exemption.until() != null) {
                dates.add(exemption.until());
            }
        }
        return dates;
    }
}
