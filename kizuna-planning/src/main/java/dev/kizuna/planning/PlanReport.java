package dev.kizuna.planning;

import dev.kizuna.content.ClassShares;

import java.util.List;

/**
 * The result of {@code kizuna plan}; component names are its JSON keys.
 *
 * @param status {@code planned} (changes proposed), {@code unchanged} (targets already met, nothing
 *               worth changing) or {@code infeasible} (see {@code conflicts})
 * @param before metrics of the dataset as it is; {@code after} those of the changed dataset,
 *               re-computed by the real analyses (null when infeasible)
 * @param survival one entry per TTS target: the stress LP's time to survive before and after
 */
public record PlanReport(String status, String basis, List<TargetStatus> targets, List<PartAction> actions,
                         Totals totals, Metrics before, Metrics after, List<SurvivalCheck> survival,
                         Conflicts conflicts, List<String> notes) {
    public PlanReport {
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
        survival = List.copyOf(survival);
        notes = List.copyOf(notes);
    }

    /** @param metBefore whether the dataset meets it now; metAfter with the plan (null when infeasible) */
    public record TargetStatus(String id, String description, boolean metBefore, Boolean metAfter) {
    }

    public record Totals(double qualificationCost, double qualificationWeeks, int offersQualified, int partsChanged) {
    }

    /**
     * What the plan does to one part.
     *
     * @param contentEffect linearised change of each affected system's home + ally share, in
     *                      percentage points (the real after figures are in the metrics)
     */
    public record PartAction(String part, String category, List<Qualification> qualify, List<String> phaseOut,
                             List<ShareChange> shares, double cost, double weeks, RiskEffect risk,
                             List<ContentEffect> contentEffect) {
    }

    public record Qualification(String candidate, String offer, String seller, String site, String country,
                                double cost, double weeks) {
    }

    public record ShareChange(String site, String country, String alignment, double before, double after) {
    }

    /** Concern share is the part's volume share from sites of concern on the location or control basis. */
    public record RiskEffect(int sourcesBefore, int sourcesAfter, double concernShareBefore, double concernShareAfter,
                             double countryHhiBefore, double countryHhiAfter) {
    }

    public record ContentEffect(String system, double percentagePoints) {
    }

    /**
     * @param fleetHomeAlly fleet-units-weighted mean of the systems' home + ally content share
     * @param violations violations of the rule pack on its date; null without a pack
     */
    public record Metrics(List<SystemMetrics> systems, double fleetHomeAlly, ClassShares fleetOrigin,
                          int singleSourceParts, int concernExposures, Integer violations) {
    }

    public record SystemMetrics(String id, double homeAlly, ClassShares content, int concernExposures,
                                int singleSourceParts, Integer violations) {
    }

    /**
     * An irreducible set of targets that cannot all hold (each can be met with the others dropped in
     * turn), found with a deletion filter over the targets.
     */
    public record Conflicts(List<String> targets, List<String> explanation) {
    }

    /**
     * A TTS target checked with the stress LP (spec 3.9) on the dataset and on the changed dataset.
     *
     * @param ttsWeeksAfter   null when there is no plan (targets conflict)
     * @param possible        whether the best case (every offer at a site the events leave up qualified)
     *                        survives; {@code bestTtsWeeks} is its time to survive
     * @param necessaryParts  parts that must keep or gain a qualified source at a site the events leave up
     */
    public record SurvivalCheck(String target, List<String> events, double ttrWeeks, double ttsWeeksBefore,
                                boolean ttsCappedBefore, boolean metBefore, Double ttsWeeksAfter,
                                Boolean ttsCappedAfter, Boolean metAfter, boolean possible, double bestTtsWeeks,
                                List<String> necessaryParts) {
        public SurvivalCheck {
            events = List.copyOf(events);
            necessaryParts = List.copyOf(necessaryParts);
        }
    }
}
