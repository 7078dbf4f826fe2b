package dev.kizuna.planning;

import dev.kizuna.compliance.RulePack;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.supply.model.Basis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a sourcing plan must achieve. Number components are {@code NaN} when not asked for.
 *
 * @param contentShare minimum home + ally content share (0..1) of each system in {@code contentSystems}
 * @param contentBasis basis of that content and of the objective
 * @param contentSystems system ids the content target applies to; empty = every system
 * @param keepContent no system's home + ally share may fall below what it is now
 * @param singleSourceCategories part categories where no reachable part may keep fewer than two
 *                               sources carrying at least {@code minVolumeShare} each; "*" = every category
 * @param rules rule pack whose rules must not be violated on {@code rulesDate}; null for none
 * @param budget total qualification cost allowed; NaN = unlimited
 * @param byWeeks qualification must finish within this many weeks; NaN = no limit
 * @param survivalScenarios disruption scenarios (each a set of events) whose time to survive must
 *                          reach their time to recover (spec 3.9)
 * @param survivalAll also every scenario of the default stress sweep whose TTS is below its TTR now
 * @param survivalTtrWeeks TTR of those scenarios instead of the events' own; NaN = the events' own
 */
public record PlanTargets(double contentShare, Basis contentBasis, List<String> contentSystems, boolean keepContent,
                          Set<String> singleSourceCategories, double minVolumeShare, RulePack rules,
                          LocalDate rulesDate, double budget, double byWeeks,
                          List<List<DisruptionEvent>> survivalScenarios, boolean survivalAll,
                          double survivalTtrWeeks) {
    public PlanTargets {
        contentSystems = List.copyOf(contentSystems);
        singleSourceCategories = Set.copyOf(singleSourceCategories);
        survivalScenarios = survivalScenarios.stream().map(List::copyOf).toList();
        contentBasis = contentBasis == null ? Basis.LOCATION : contentBasis;
        if (rules != null && rulesDate == null) {
            throw new IllegalArgumentException("a rule pack needs the date to check it on");
        }
        if (survivalTtrWeeks < 0) {
            throw new IllegalArgumentException("TTR weeks must be >= 0, got " + survivalTtrWeeks);
        }
    }

    /** Targets without any TTS target. */
    public PlanTargets(double contentShare, Basis contentBasis, List<String> contentSystems, boolean keepContent,
                       Set<String> singleSourceCategories, double minVolumeShare, RulePack rules,
                       LocalDate rulesDate, double budget, double byWeeks) {
        this(contentShare, contentBasis, contentSystems, keepContent, singleSourceCategories, minVolumeShare, rules,
                rulesDate, budget, byWeeks, List.of(), false, Double.NaN);
    }

    /** These targets plus TTS targets. */
    public PlanTargets withSurvival(List<List<DisruptionEvent>> scenarios, boolean all, double ttrWeeks) {
        return new PlanTargets(contentShare, contentBasis, contentSystems, keepContent, singleSourceCategories,
                minVolumeShare, rules, rulesDate, budget, byWeeks, scenarios, all, ttrWeeks);
    }

    public boolean hasSurvivalTargets() {
        return survivalAll || !survivalScenarios.isEmpty();
    }

    public static PlanTargets none() {
        return new PlanTargets(Double.NaN, Basis.LOCATION, List.of(), false, Set.of(), 0.1, null, null, Double.NaN,
                Double.NaN);
    }
}
