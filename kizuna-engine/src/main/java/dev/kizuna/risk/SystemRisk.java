package dev.kizuna.risk;

import java.util.List;

/** A system's exact unavailability over a year and the importance of its basic events. */
public record SystemRisk(String id, double unavailability, List<EventImportance> importance) {
    public SystemRisk {
        importance = List.copyOf(importance);
    }
}
