package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.SweepExecutor;
import dev.kizuna.scenario.SweepProgress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Knocks out every event of a basis alone and ranks them (issue: chokepoint sweeps). */
public final class KnockoutSweep {
    private KnockoutSweep() {
    }

    /** Every event's impact, in event key order. */
    public static List<EventImpact> impacts(SupplyNetwork network, EventBasis basis, SweepExecutor executor,
                                            SweepProgress progress) {
        return executor.sweep(network, basis.events(network), new SweepEvaluatorFactory(basis, true), progress);
    }

    /** @param top how many ranked events to keep; 0 or less keeps them all */
    public static SweepReport run(SupplyNetwork network, EventBasis basis, int top, SweepExecutor executor,
                                  SweepProgress progress) {
        return rank(basis, impacts(network, basis, executor, progress), top);
    }

    public static SweepReport rank(EventBasis basis, List<EventImpact> impacts, int top) {
        List<EventImpact> sorted = new ArrayList<>(impacts);
        sorted.sort(Comparator.comparingDouble(EventImpact::weeklyValueAtRisk).reversed()
                .thenComparing(EventImpact::event));
        int keep = top <= 0 ? sorted.size() : Math.min(top, sorted.size());
        List<SweepReport.RankedEvent> ranking = new ArrayList<>(keep);
        for (int i = 0; i < keep; i++) {
            EventImpact impact = sorted.get(i);
            ranking.add(new SweepReport.RankedEvent(i + 1, impact.event(), impact.weeklyValueAtRisk(),
                    impact.systemsStopped()));
        }
        return new SweepReport(basis.key(), impacts.size(), ranking);
    }
}
