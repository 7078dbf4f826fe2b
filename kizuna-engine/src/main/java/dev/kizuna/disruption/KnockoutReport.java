package dev.kizuna.disruption;

import java.util.List;

/** The {@code kizuna knockout} result with exactly the keys of spec section 4. */
public record KnockoutReport(List<String> events, List<SystemKnockout> systems) {
    public KnockoutReport {
        events = List.copyOf(events);
        systems = List.copyOf(systems);
    }
}
