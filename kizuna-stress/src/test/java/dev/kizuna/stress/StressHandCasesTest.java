package dev.kizuna.stress;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.lp.Binding;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Cases small enough to solve by hand from the model of spec 3.9. */
class StressHandCasesTest {
    private static final double EPS = 1e-6;

    /**
     * One tier: system s (10/week, 100 per lost unit) takes part p from site a (site capacity 6/week,
     * TTR 8, 30 units of p in stock) and site b (source capacity 4/week, TTR 10).
     */
    static SupplyNetwork singleTier() {
        return NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o", "JP")
                .site("a", "o", "JP", 6, Double.NaN, 8)
                .site("b", "o", "JP", Double.NaN, Double.NaN, 10)
                .part("p", 50)
                .source("p", "a", Double.NaN)
                .source("p", "b", Double.NaN, dev.kizuna.supply.model.SourceStatus.QUALIFIED, 4)
                .stock("p", "a", 30)
                .system("s", "p", 10, 100)
                .build());
    }

    /**
     * Two tiers: system s (5/week, 10 per lost unit) takes drone d made at site f (site capacity 10/week,
     * TTR 4, 5 drones in stock); each drone needs 2 motors m from site x (source capacity 6/week, TTR 12)
     * or site y (source capacity 4/week, TTR 3), plus 20 motors in a pool.
     */
    static SupplyNetwork twoTier() {
        return NetworkCompiler.compile(twoTierBuilder().build());
    }

    static DatasetBuilder twoTierBuilder() {
        return DatasetBuilder.jpUs()
                .organization("o", "JP").organization("u", "US")
                .site("f", "o", "JP", 10, Double.NaN, 4)
                .site("x", "u", "US", Double.NaN, Double.NaN, 12)
                .site("y", "u", "US", Double.NaN, Double.NaN, 3)
                .part("d", 1000).part("m", 100)
                .source("d", "f", Double.NaN)
                .source("m", "x", Double.NaN, dev.kizuna.supply.model.SourceStatus.QUALIFIED, 6)
                .source("m", "y", Double.NaN, dev.kizuna.supply.model.SourceStatus.QUALIFIED, 4)
                .bom("d", "m", 2)
                .stock("d", "f", 5).stock("m", null, 20)
                .system("s", "d", 5, 10);
    }

    static List<ScenarioOutcome> sweep(SupplyNetwork network, List<StressScenario> scenarios) {
        return StressTest.run(network, scenarios, StressTest.DEFAULT_HORIZON_WEEKS, new LocalSweepExecutor(2),
                SweepProgress.NONE);
    }

    static ScenarioOutcome only(SupplyNetwork network, double ttr, String... events) {
        List<DisruptionEvent> list = java.util.Arrays.stream(events).map(e -> DisruptionEvent.parse(e).orElseThrow()).toList();
        List<ScenarioOutcome> outcomes = sweep(network, List.of(StressTest.scenario(network, list, ttr)));
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    static ScenarioOutcome find(List<ScenarioOutcome> outcomes, String event) {
        return outcomes.stream().filter(o -> o.events().equals(List.of(event))).findFirst().orElseThrow();
    }

    @Test
    void singleTierSiteA() {
        // a down: b makes 4/week, stock 30 covers the gap of 6/week for 30 / (10 - 4) = 5 weeks.
        // TTR 8: lost = (10 - 4) * 8 - 30 = 18 units, impact = 18 * 100 = 1800.
        ScenarioOutcome a = find(sweep(singleTier(), StressTest.defaultScenarios(singleTier(), Double.NaN)), "site:a");
        assertThat(a.ttrWeeks()).isEqualTo(8);
        assertThat(a.ttsWeeks()).isCloseTo(5, within(EPS));
        assertThat(a.ttsCapped()).isFalse();
        assertThat(a.performanceImpact()).isCloseTo(1800, within(EPS));
        assertThat(a.lostUnits()).containsOnlyKeys("s");
        assertThat(a.lostUnits().get("s")).isCloseTo(18, within(EPS));
        assertThat(a.survivalGapWeeks()).isCloseTo(3, within(EPS));
        // the stock at the knocked-out site runs out, and b's capacity caps the rest
        assertThat(a.explanation().survivalLimits()).extracting(Binding::kind)
                .contains(Binding.Kind.STOCK_RUNS_OUT, Binding.Kind.SOURCE_CAPACITY);
        assertThat(a.explanation().stoppedProduction()).containsExactly("p at a");
    }

    @Test
    void singleTierRankingAndExposureIndex() {
        // b down: a makes 6/week with its 30 in stock: TTS = 30 / (10 - 6) = 7.5 weeks.
        // TTR 10: lost = (10 - 6) * 10 - 30 = 10, impact 1000; index 1000 / 1800.
        List<ScenarioOutcome> outcomes = sweep(singleTier(), StressTest.defaultScenarios(singleTier(), Double.NaN));
        assertThat(outcomes).extracting(o -> o.events().get(0)).containsExactly("site:a", "site:b");
        ScenarioOutcome b = outcomes.get(1);
        assertThat(b.ttsWeeks()).isCloseTo(7.5, within(EPS));
        assertThat(b.performanceImpact()).isCloseTo(1000, within(EPS));
        assertThat(b.lostUnits().get("s")).isCloseTo(10, within(EPS));
        assertThat(outcomes.get(0).riskExposureIndex()).isEqualTo(1.0);
        assertThat(b.riskExposureIndex()).isCloseTo(1000.0 / 1800, within(EPS));
        // the site capacity of a binds at the survival time
        assertThat(b.explanation().survivalLimits()).anyMatch(l -> l.kind() == Binding.Kind.SITE_CAPACITY
                && l.site().equals("a"));
    }

    @Test
    void ttrOverrideChangesOnlyTheImpact() {
        // a down for 2 weeks: TTS 5 >= 2, nothing lost
        ScenarioOutcome shortOutage = only(singleTier(), 2, "site:a");
        assertThat(shortOutage.ttsWeeks()).isCloseTo(5, within(EPS));
        assertThat(shortOutage.performanceImpact()).isZero();
        assertThat(shortOutage.lostUnits()).containsEntry("s", 0.0);
        // a down for 20 weeks: lost = 6 * 20 - 30 = 90
        assertThat(only(singleTier(), 20, "site:a").performanceImpact()).isCloseTo(9000, within(EPS));
    }

    @Test
    void twoTierDefaultSweep() {
        // x down: motors 4/week from y + 20 pooled, so drones u <= (4t + 20) / 2 = 2t + 10 (f allows 10t);
        //   delivered 2t + 10 + 5 in stock >= 5t until t = 5. TTR 12: lost = 60 - 39 = 21, impact 210.
        // f down: only the 5 drones in stock: TTS = 1; TTR 4: lost 20 - 5 = 15, impact 150.
        // y down: motors 6/week + 20: u <= 3t + 10, 3t + 15 >= 5t until t = 7.5 >= TTR 3: impact 0.
        List<ScenarioOutcome> outcomes = sweep(twoTier(), StressTest.defaultScenarios(twoTier(), Double.NaN));
        assertThat(outcomes).extracting(o -> o.events().get(0)).containsExactly("site:x", "site:f", "site:y");
        ScenarioOutcome x = outcomes.get(0);
        assertThat(x.ttsWeeks()).isCloseTo(5, within(EPS));
        assertThat(x.performanceImpact()).isCloseTo(210, within(EPS));
        assertThat(x.lostUnits().get("s")).isCloseTo(21, within(EPS));
        assertThat(x.riskExposureIndex()).isEqualTo(1.0);
        assertThat(x.explanation().survivalLimits())
                .anyMatch(l -> l.kind() == Binding.Kind.SOURCE_CAPACITY && l.part().equals("m") && l.site().equals("y"))
                .anyMatch(l -> l.kind() == Binding.Kind.POOLED_STOCK && l.part().equals("m"));
        ScenarioOutcome f = outcomes.get(1);
        assertThat(f.ttsWeeks()).isCloseTo(1, within(EPS));
        assertThat(f.performanceImpact()).isCloseTo(150, within(EPS));
        assertThat(f.riskExposureIndex()).isCloseTo(150.0 / 210, within(EPS));
        ScenarioOutcome y = outcomes.get(2);
        assertThat(y.ttsWeeks()).isCloseTo(7.5, within(EPS));
        assertThat(y.performanceImpact()).isZero();
        assertThat(y.riskExposureIndex()).isZero();
    }

    @Test
    void scenarioWithoutTtrGetsTtsOnly() {
        // m cannot be had at all: 20 pooled motors make 10 drones, + 5 in stock = 15 = 5t at t = 3
        ScenarioOutcome part = only(twoTier(), Double.NaN, "part:m");
        assertThat(part.hasTtr()).isFalse();
        assertThat(part.ttsWeeks()).isCloseTo(3, within(EPS));
        assertThat(part.performanceImpact()).isNaN();
        assertThat(part.riskExposureIndex()).isNaN();
        assertThat(part.lostUnits()).isEmpty();
        assertThat(part.explanation().stoppedProduction()).containsExactly("m at x", "m at y");
    }

    @Test
    void severalEventsTakeTheLargestTtr() {
        // x and y down together, TTR max(12, 3) = 12: drones from 20 pooled motors = 10, + 5 = 15:
        // TTS 3; lost 60 - 15 = 45, impact 450
        ScenarioOutcome both = only(twoTier(), Double.NaN, "site:x", "site:y");
        assertThat(both.events()).containsExactly("site:x", "site:y");
        assertThat(both.ttrWeeks()).isEqualTo(12);
        assertThat(both.ttsWeeks()).isCloseTo(3, within(EPS));
        assertThat(both.performanceImpact()).isCloseTo(450, within(EPS));
        // org u owns x and y: the largest TTR of its sites
        ScenarioOutcome org = only(twoTier(), Double.NaN, "org:u");
        assertThat(org.ttrWeeks()).isEqualTo(12);
        assertThat(org.performanceImpact()).isCloseTo(450, within(EPS));
    }

    @Test
    void knockedOutUnmappedPartLeavesOnlyItsPool() {
        // bolts are unmapped (always available) until part:bolt: then only 7 pooled bolts, one per drone:
        // 7 drones + 5 in stock = 12 = 5t at t = 2.4; TTR 10: lost 50 - 12 = 38
        SupplyNetwork net = NetworkCompiler.compile(twoTierBuilder().part("bolt", 1).bom("d", "bolt", 1)
                .stock("bolt", null, 7).build());
        assertThat(only(net, 10, "site:y").ttsWeeks()).isCloseTo(7.5, within(EPS));
        ScenarioOutcome bolt = only(net, 10, "part:bolt");
        assertThat(bolt.ttsWeeks()).isCloseTo(2.4, within(EPS));
        assertThat(bolt.lostUnits().get("s")).isCloseTo(38, within(EPS));
    }

    @Test
    void untouchedSystemsStayOutOfTheModel() {
        // system t runs on site z alone, short of capacity even undisturbed (3/week for 8/week demand):
        // it is not in the scope of site:x, so it neither limits the TTS nor adds to the impact
        SupplyNetwork net = NetworkCompiler.compile(twoTierBuilder()
                .site("z", "o", "JP", 3, Double.NaN, 1).part("q", 1).source("q", "z", Double.NaN)
                .system("t", "q", 8, 1).build());
        ScenarioOutcome x = only(net, Double.NaN, "site:x");
        assertThat(x.touchedSystems()).containsExactly("s");
        assertThat(x.ttsWeeks()).isCloseTo(5, within(EPS));
        assertThat(x.lostUnits()).containsOnlyKeys("s");
        // z itself: t's TTS is 0 and it loses 8 a week for its TTR of 1 week
        ScenarioOutcome z = only(net, Double.NaN, "site:z");
        assertThat(z.ttsWeeks()).isZero();
        assertThat(z.lostUnits()).containsExactly(java.util.Map.entry("t", 8.0));
    }

    @Test
    void noDisruptionAndNoDemandIsCappedAtTheHorizon() {
        // a site nobody needs touches no system: TTS = horizon, capped, nothing lost
        SupplyNetwork net = NetworkCompiler.compile(twoTierBuilder().site("idle", "o", "JP").build());
        ScenarioOutcome idle = only(net, 5, "site:idle");
        assertThat(idle.ttsWeeks()).isEqualTo(StressTest.DEFAULT_HORIZON_WEEKS);
        assertThat(idle.ttsCapped()).isTrue();
        assertThat(idle.performanceImpact()).isZero();
        assertThat(idle.touchedSystems()).isEmpty();
    }

    @Test
    void unknownIdIsRejected() {
        SupplyNetwork net = twoTier();
        assertThatThrownBy(() -> StressTest.scenario(net, List.of(DisruptionEvent.parse("site:nope").orElseThrow()),
                Double.NaN)).hasMessageContaining("nope");
    }
}
