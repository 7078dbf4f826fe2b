package dev.kizuna.disruption;

import java.util.List;

/**
 * What one event does on its own: the total weekly value at risk over every system (in the
 * dataset's currency) and the systems it makes unavailable, by id.
 */
public record EventImpact(String event, double weeklyValueAtRisk, List<String> systemsStopped) {
    public EventImpact {
        systemsStopped = List.copyOf(systemsStopped);
    }
}
