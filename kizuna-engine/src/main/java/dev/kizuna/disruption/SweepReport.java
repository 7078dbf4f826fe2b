package dev.kizuna.disruption;

import java.util.List;

/**
 * A sweep: every event of a basis knocked out alone, ranked by total weekly value at risk
 * (descending, ties by event key).
 *
 * @param events  how many events were swept
 * @param ranking the first {@code top} of the ranking (all of it when no limit was asked)
 */
public record SweepReport(String basis, int events, List<RankedEvent> ranking) {
    public SweepReport {
        ranking = List.copyOf(ranking);
    }

    public record RankedEvent(int rank, String event, double weeklyValueAtRisk, List<String> systemsStopped) {
        public RankedEvent {
            systemsStopped = List.copyOf(systemsStopped);
        }
    }
}
