package dev.kizuna.stress;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.Knockout;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.lp.Cones;
import dev.kizuna.stress.lp.StressLp;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded random networks: the LPs against each other, against their own bounds, and against a closed form. */
class StressConsistencyTest {
    private static final int NETWORKS = 40;
    private static final double HORIZON = StressTest.DEFAULT_HORIZON_WEEKS;

    private static List<ScenarioOutcome> sweep(SupplyNetwork net, List<StressScenario> scenarios, int threads) {
        return StressTest.run(net, scenarios, HORIZON, new LocalSweepExecutor(threads), SweepProgress.NONE);
    }

    @Test
    void impactIsZeroExactlyWhenSurvivalCoversRecovery() {
        int survived = 0;
        int losing = 0;
        for (long seed = 1; seed <= NETWORKS; seed++) {
            SupplyNetwork net = RandomNetworks.layered(seed);
            for (ScenarioOutcome o : sweep(net, StressTest.defaultScenarios(net, Double.NaN), 2)) {
                String where = "seed " + seed + " " + o.events();
                // every generated system has demand > 0 and cost > 0, and TTR < horizon
                if (o.ttsWeeks() >= o.ttrWeeks()) {
                    assertThat(o.performanceImpact()).as(where).isZero();
                    survived++;
                } else {
                    assertThat(o.performanceImpact()).as(where).isGreaterThan(0);
                    losing++;
                }
                double bound = 0;
                for (var lost : o.lostUnits().entrySet()) {
                    int y = net.getSystem(new dev.kizuna.supply.model.SystemId(lost.getKey()));
                    double most = net.systemDemandPerWeek(y) * o.ttrWeeks();
                    assertThat(lost.getValue()).as(where).isBetween(0.0, most + 1e-6);
                    bound += most * net.systemShortfallCostPerUnit(y);
                }
                assertThat(o.performanceImpact()).as(where).isLessThanOrEqualTo(bound + 1e-6);
                assertThat(o.riskExposureIndex()).as(where).isBetween(0.0, 1.0);
            }
        }
        // the generator must exercise both sides, or this test proves nothing
        assertThat(survived).isGreaterThan(10);
        assertThat(losing).isGreaterThan(10);
    }

    @Test
    void impactNeverFallsAsRecoveryTakesLonger() {
        for (long seed = 1; seed <= NETWORKS; seed++) {
            SupplyNetwork net = RandomNetworks.layered(seed);
            for (StressScenario base : StressTest.defaultScenarios(net, Double.NaN)) {
                List<StressScenario> growing = java.util.stream.IntStream.of(0, 1, 2, 4, 8, 16, 32)
                        .mapToObj(w -> new StressScenario(base.events(), w)).toList();
                List<ScenarioOutcome> outcomes = sweep(net, growing, 1).stream()
                        .sorted(java.util.Comparator.comparingDouble(ScenarioOutcome::ttrWeeks)).toList();
                for (int i = 1; i < outcomes.size(); i++) {
                    assertThat(outcomes.get(i).performanceImpact()).as("seed " + seed + " " + base.events()
                                    + " ttr " + outcomes.get(i).ttrWeeks())
                            .isGreaterThanOrEqualTo(outcomes.get(i - 1).performanceImpact() - 1e-6);
                }
                assertThat(outcomes.get(0).performanceImpact()).as("seed " + seed + " ttr 0").isZero();
            }
        }
    }

    /** The TTS LP (t free, nothing lost) and the impact LP (t fixed) must agree on where losses start. */
    @Test
    void impactLpTurnsPositiveJustAfterTheTimeToSurvive() {
        for (long seed = 1; seed <= NETWORKS; seed++) {
            SupplyNetwork net = RandomNetworks.layered(seed);
            Cones cones = Cones.of(net);
            for (StressScenario scenario : StressTest.defaultScenarios(net, Double.NaN)) {
                Knockout knockout = Knockout.resolve(net, scenario.events());
                BitSet scope = cones.touched(knockout);
                try (StressLp lp = new StressLp(cones, scope, false)) {
                    lp.apply(knockout);
                    double tts = lp.solveTts(HORIZON).weeks();
                    String where = "seed " + seed + " " + scenario.eventKeys() + " tts " + tts;
                    if (tts > 0.02) {
                        assertThat(lp.solveImpact(tts - 0.01).impact()).as(where).isLessThan(1e-6);
                    }
                    if (tts < HORIZON) {
                        assertThat(lp.solveImpact(tts + 0.01).impact()).as(where).isGreaterThan(1e-9);
                    }
                }
            }
        }
    }

    /**
     * One part with random sources: TTS and lost units have a closed form. With up capacity c (per week,
     * the min of source and site capacity, summed over up sources) and stock k (all of it, up or down):
     * TTS = k / (d - c) when d > c (else the horizon); lost at TTR = max(0, (d - c) * TTR - k).
     */
    @Test
    void singlePartMatchesTheClosedForm() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            DatasetBuilder b = DatasetBuilder.jpUs().organization("o", "JP").part("p", 1);
            int sources = 1 + random.nextInt(4);
            double demand = 1 + random.nextInt(30);
            double stock = random.nextInt(50);
            b.stock("p", null, stock);
            double[] capacity = new double[sources];
            for (int k = 0; k < sources; k++) {
                double siteCapacity = 1 + random.nextInt(10);
                double sourceCapacity = 1 + random.nextInt(10);
                capacity[k] = Math.min(siteCapacity, sourceCapacity);
                b.site("s" + k, "o", "JP", siteCapacity, Double.NaN, 1);
                b.source("p", "s" + k, Double.NaN, SourceStatus.QUALIFIED, sourceCapacity);
                double siteStock = random.nextInt(20);
                b.stock("p", "s" + k, siteStock);
                stock += siteStock;
            }
            b.system("sys", "p", demand, 3);
            SupplyNetwork net = NetworkCompiler.compile(b.build());
            int down = random.nextInt(sources);
            double up = 0;
            for (int k = 0; k < sources; k++) {
                up += k == down ? 0 : capacity[k];
            }
            double ttr = random.nextInt(30);
            ScenarioOutcome o = sweep(net, List.of(new StressScenario(
                    List.of(DisruptionEvent.parse("site:s" + down).orElseThrow()), ttr)), 1).get(0);
            String where = "seed " + seed;
            double tts = demand > up ? Math.min(HORIZON, stock / (demand - up)) : HORIZON;
            assertThat(o.ttsWeeks()).as(where).isCloseTo(tts, within(1e-6));
            double lost = Math.max(0, (demand - up) * ttr - stock);
            assertThat(o.lostUnits().get("sys")).as(where).isCloseTo(lost, within(1e-6));
            assertThat(o.performanceImpact()).as(where).isCloseTo(3 * lost, within(1e-6));
        }
    }

    @Test
    void resultsDoNotDependOnThreadsOrModelReuse() {
        for (long seed = 1; seed <= NETWORKS; seed += 3) {
            SupplyNetwork net = RandomNetworks.layered(seed);
            List<StressScenario> scenarios = StressTest.defaultScenarios(net, Double.NaN);
            assertThat(sweep(net, scenarios, 2)).as("seed " + seed).isEqualTo(sweep(net, scenarios, 1));
            // each scenario alone, on a fresh model, gives the same numbers as the shared sweep
            List<ScenarioOutcome> together = sweep(net, scenarios, 1);
            for (StressScenario scenario : scenarios) {
                ScenarioOutcome alone = sweep(net, List.of(scenario), 1).get(0);
                ScenarioOutcome same = together.stream().filter(o -> o.events().equals(scenario.eventKeys()))
                        .findFirst().orElseThrow();
                assertThat(alone.ttsWeeks()).as("seed " + seed).isEqualTo(same.ttsWeeks());
                assertThat(alone.performanceImpact()).as("seed " + seed).isEqualTo(same.performanceImpact());
                assertThat(alone.lostUnits()).as("seed " + seed).isEqualTo(same.lostUnits());
            }
        }
    }
}
