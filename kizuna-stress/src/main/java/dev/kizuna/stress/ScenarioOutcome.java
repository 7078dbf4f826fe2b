package dev.kizuna.stress;

import dev.kizuna.stress.lp.Binding;

import java.util.List;
import java.util.Map;

/**
 * The stress result of one scenario. Numbers are rounded to 1e-6 (the LP's tolerance is coarser).
 *
 * @param ttrWeeks           NaN when the scenario has no TTR
 * @param performanceImpact  NaN when the scenario has no TTR
 * @param lostUnits          lost units by system id, for every touched system with demand; empty without TTR
 * @param riskExposureIndex  impact over the sweep's largest impact; NaN when the impact is NaN
 * @param touchedSystems     systems whose cone holds a knocked-out site or part, sorted
 */
public record ScenarioOutcome(List<String> events, double ttrWeeks, double performanceImpact,
                              Map<String, Double> lostUnits, double ttsWeeks, boolean ttsCapped,
                              double riskExposureIndex, List<String> touchedSystems, Explanation explanation) {

    public boolean hasTtr() {
        return !Double.isNaN(ttrWeeks);
    }

    /** TTR - TTS when the scenario outlasts its survival, else 0 (NaN without a TTR). */
    public double survivalGapWeeks() {
        return hasTtr() ? Math.max(0, ttrWeeks - ttsWeeks) : Double.NaN;
    }

    ScenarioOutcome withRiskExposureIndex(double index) {
        return new ScenarioOutcome(events, ttrWeeks, performanceImpact, lostUnits, ttsWeeks, ttsCapped, index,
                touchedSystems, explanation);
    }

    /**
     * Why the numbers are what they are.
     *
     * @param stoppedProduction "part at site" for every source of the touched cones that stops
     * @param survivalLimits    constraints binding at the time to survive (the first that give out)
     * @param impactLimits      constraints binding at the impact optimum (at t = TTR), empty when nothing is lost
     */
    public record Explanation(List<String> stoppedProduction, List<Binding> survivalLimits,
                              List<Binding> impactLimits) {
    }
}
