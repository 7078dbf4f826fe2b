package dev.kizuna.disruption;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.supply.model.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KnockoutSweepTest {

    @Test
    void incrementalPropagationEqualsFullRecomputationExactly() {
        for (long seed = 1; seed <= 300; seed++) {
            Dataset dataset = RandomNetworks.generate(seed, 6 + (int) (seed % 20), 3 + (int) (seed % 9));
            SupplyNetwork net = NetworkCompiler.compile(dataset);
            KnockoutPropagator incremental = new KnockoutPropagator(net);
            KnockoutPropagator full = new KnockoutPropagator(net);
            Random random = new Random(seed);
            // several scenarios on the same propagator: leftovers of one must not leak into the next
            for (int round = 0; round < 8; round++) {
                int[] sites = random.ints(random.nextInt(3), 0, net.siteCount()).distinct().toArray();
                int[] parts = random.nextInt(4) == 0 ? new int[] {random.nextInt(net.partCount())} : new int[0];
                incremental.evaluateIncrementally(sites, parts);
                full.evaluateFully(sites, parts);
                String context = "seed " + seed + " round " + round;
                for (int p = 0; p < net.partCount(); p++) {
                    assertThat(incremental.isAvailable(p)).as(context + " part " + net.partKey(p))
                            .isEqualTo(full.isAvailable(p));
                    assertThat(incremental.volumeFraction(p)).as(context + " part " + net.partKey(p))
                            .isEqualTo(full.volumeFraction(p));
                }
                for (int n = 0; n < net.sourceCount(); n++) {
                    if (net.isQualified(n)) {
                        assertThat(incremental.isSourceUp(n)).as(context).isEqualTo(full.isSourceUp(n));
                        assertThat(incremental.sourceThroughput(n)).as(context).isEqualTo(full.sourceThroughput(n));
                    }
                }
            }
        }
    }

    @Test
    void sweepImpactsMatchSingleKnockoutsForEveryBasis() {
        for (long seed = 1; seed <= 60; seed++) {
            Dataset dataset = RandomNetworks.generate(seed);
            SupplyNetwork net = NetworkCompiler.compile(dataset);
            for (EventBasis basis : EventBasis.values()) {
                List<EventImpact> impacts = KnockoutSweep.impacts(net, basis, new LocalSweepExecutor(2), SweepProgress.NONE);
                List<DisruptionEvent> events = basis.events(net);
                assertThat(impacts).hasSameSizeAs(events);
                for (int i = 0; i < events.size(); i++) {
                    KnockoutReport report = KnockoutAnalysis.evaluate(net, List.of(events.get(i))).report();
                    double total = 0; // summed in system order, as the sweep does
                    for (SystemKnockout system : report.systems()) {
                        total += system.weeklyValueAtRisk();
                    }
                    List<String> stopped = report.systems().stream().filter(s -> !s.available())
                            .map(SystemKnockout::id).toList();
                    String context = "seed " + seed + " " + events.get(i).key();
                    assertThat(impacts.get(i).event()).as(context).isEqualTo(events.get(i).key());
                    assertThat(impacts.get(i).weeklyValueAtRisk()).as(context).isEqualTo(total);
                    assertThat(impacts.get(i).systemsStopped()).as(context).isEqualTo(stopped);
                }
            }
        }
    }

    @Test
    void rankingIsByValueAtRiskThenEventKey() {
        List<EventImpact> impacts = List.of(new EventImpact("site:b", 5, List.of()),
                new EventImpact("site:a", 5, List.of("y")), new EventImpact("site:c", 9, List.of("y", "z")),
                new EventImpact("site:d", 0, List.of()));
        SweepReport report = KnockoutSweep.rank(EventBasis.SITE, impacts, 3);
        assertThat(report.events()).isEqualTo(4);
        assertThat(report.ranking()).extracting(SweepReport.RankedEvent::event)
                .containsExactly("site:c", "site:a", "site:b");
        assertThat(report.ranking()).extracting(SweepReport.RankedEvent::rank).containsExactly(1, 2, 3);
    }
}
