package dev.kizuna.cli.stress;

import dev.kizuna.stress.ScenarioOutcome;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON of {@code kizuna stress} (spec 4): keys exactly as the contract names them. */
public record StressReport(List<Scenario> scenarios) {

    /** Absent numbers (no TTR) are JSON null. */
    public record Scenario(List<String> events, Double ttrWeeks, Double performanceImpact,
                           Map<String, Double> lostUnits, double ttsWeeks, boolean ttsCapped,
                           Double riskExposureIndex) {
    }

    public static StressReport of(List<ScenarioOutcome> outcomes) {
        return new StressReport(outcomes.stream().map(o -> new Scenario(o.events(), boxed(o.ttrWeeks()),
                boxed(o.performanceImpact()), new TreeMap<>(o.lostUnits()), o.ttsWeeks(), o.ttsCapped(),
                boxed(o.riskExposureIndex()))).toList());
    }

    private static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
