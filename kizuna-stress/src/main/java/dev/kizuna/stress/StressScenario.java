package dev.kizuna.stress;

import dev.kizuna.disruption.DisruptionEvent;

import java.io.Serializable;
import java.util.List;

/**
 * One disruption to stress: a set of events lasting {@code ttrWeeks} (NaN when no TTR is known,
 * in which case only the time to survive is computed).
 */
public record StressScenario(List<DisruptionEvent> events, double ttrWeeks) implements Serializable {
    public StressScenario {
        events = events.stream().sorted().distinct().toList();
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one event");
        }
        if (ttrWeeks < 0) {
            throw new IllegalArgumentException("ttr weeks must be >= 0, got " + ttrWeeks);
        }
    }

    public boolean hasTtr() {
        return !Double.isNaN(ttrWeeks);
    }

    /** The events as written, {@code kind:id}, sorted. */
    public List<String> eventKeys() {
        return events.stream().map(DisruptionEvent::key).toList();
    }
}
