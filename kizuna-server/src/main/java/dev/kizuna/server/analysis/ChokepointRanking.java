package dev.kizuna.server.analysis;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.KnockoutAnalysis;
import dev.kizuna.disruption.KnockoutSweep;
import dev.kizuna.disruption.SweepReport;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.server.dataset.LoadedVersion;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The dashboard's top chokepoints: every site knocked out alone (the risk engine's sweep), ranked by
 * weekly value at risk; computed once per version.
 */
@Component
public class ChokepointRanking {
    public record Ranking(List<Views.Chokepoint> chokepoints, List<String> notes) {
    }

    public Ranking rank(LoadedVersion version, int top) {
        return version.memo("chokepoints:" + top, v -> {
            SweepReport report = KnockoutSweep.run(v.network(), EventBasis.SITE, top, new LocalSweepExecutor(1),
                    SweepProgress.NONE);
            List<Views.Chokepoint> chokepoints = report.ranking().stream()
                    .map(e -> new Views.Chokepoint(e.rank(), e.event(), e.weeklyValueAtRisk(), e.systemsStopped()))
                    .toList();
            return new Ranking(chokepoints, KnockoutAnalysis.unmappedNotes(v.network()));
        });
    }
}
