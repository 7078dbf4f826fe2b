package dev.kizuna.stress;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.stress.lp.Binding;
import dev.kizuna.supply.model.SystemId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SurgeAndStockpileTest {
    private static final double EPS = 1e-6;

    private static SurgeAnalysis.Result surge(SupplyNetwork net, double weeks, double factor) {
        return SurgeAnalysis.run(net, net.getSystem(new SystemId("s")), weeks, factor);
    }

    @Test
    void surgeOverFourWeeksIsCappedByMotors() {
        // 4 weeks of the two-tier case: motors (6 + 4) * 4 + 20 pooled = 60 make 30 drones (f could make 40),
        // + 5 in stock = 35 units. Demand 5 * 4 = 20 is met; at factor 2 (40) 5 are short.
        SupplyNetwork net = StressHandCasesTest.twoTier();
        SurgeAnalysis.Result normal = surge(net, 4, 1);
        assertThat(normal.maxUnits()).isCloseTo(35, within(EPS));
        assertThat(normal.requiredUnits()).isEqualTo(20);
        assertThat(normal.demandMet()).isTrue();
        assertThat(normal.limits())
                .anyMatch(b -> b.kind() == Binding.Kind.SOURCE_CAPACITY && b.part().equals("m") && b.site().equals("x"))
                .anyMatch(b -> b.kind() == Binding.Kind.POOLED_STOCK && b.part().equals("m"))
                .noneMatch(b -> b.kind() == Binding.Kind.SITE_CAPACITY);
        SurgeAnalysis.Result doubled = surge(net, 4, 2);
        assertThat(doubled.demandMet()).isFalse();
        assertThat(doubled.shortfallUnits()).isCloseTo(5, within(EPS));
    }

    @Test
    void surgeOverOneWeekIsCappedBySiteF() {
        // 1 week: motors 10 + 20 = 30 would make 15 drones, but f makes 10: 10 + 5 in stock = 15
        SurgeAnalysis.Result week = surge(StressHandCasesTest.twoTier(), 1, 1);
        assertThat(week.maxUnits()).isCloseTo(15, within(EPS));
        assertThat(week.limits()).anyMatch(b -> b.kind() == Binding.Kind.SITE_CAPACITY && b.site().equals("f"))
                .noneMatch(b -> b.kind() == Binding.Kind.SOURCE_CAPACITY);
    }

    @Test
    void surgeWithoutAnyCapacityIsUnbounded() {
        // drones made at a site without capacity from an unmapped part: nothing caps them
        SupplyNetwork net = NetworkCompiler.compile(dev.kizuna.supply.model.DatasetBuilder.jpUs()
                .organization("o", "JP").site("f", "o", "JP").part("d", 1).part("bolt", 1)
                .source("d", "f", Double.NaN).bom("d", "bolt", 3).system("s", "d", 5, 1).build());
        SurgeAnalysis.Result result = surge(net, 10, 1);
        assertThat(result.unbounded()).isTrue();
        assertThat(result.demandMet()).isTrue();
    }

    /**
     * Two-tier case, holding rate 0.25: a drone held costs 250 a year, a motor 25. Targets (TTS < TTR):
     * x (impact 210) and f (impact 150); y survives its TTR.
     * Cheapest stock by hand: x alone needs 60 - 5 = 55 drones made, 110 motors, 68 available: 42 motors
     * = 1050 (drones at 250 cost more than 2 motors at 50). f alone: f makes nothing for 4 weeks, 20 - 5 =
     * 15 drones = 3750. Both: the 15 drones also serve x, which then needs 40 made, 80 motors, 12 extra:
     * 3750 + 300 = 4050. The plan takes the subset of most impact within budget, then the least cost.
     */
    @Test
    void stockpileMatchesTheEnumeratedOptimum() {
        SupplyNetwork net = StressHandCasesTest.twoTier();
        List<ScenarioOutcome> outcomes = StressHandCasesTest.sweep(net, StressTest.defaultScenarios(net, Double.NaN));
        Map<Set<String>, Double> cost = Map.of(Set.of(), 0.0, Set.of("site:x"), 1050.0, Set.of("site:f"), 3750.0,
                Set.of("site:x", "site:f"), 4050.0);
        Map<String, Double> impact = Map.of("site:x", 210.0, "site:f", 150.0);
        for (double budget : new double[]{0, 1000, 1049, 1050, 3800, 4049, 4050, 1e6}) {
            Set<String> best = Set.of();
            for (var subset : cost.entrySet()) {
                if (subset.getValue() <= budget) {
                    double gain = subset.getKey().stream().mapToDouble(impact::get).sum();
                    double bestGain = best.stream().mapToDouble(impact::get).sum();
                    if (gain > bestGain || gain == bestGain && subset.getValue() < cost.get(best)) {
                        best = subset.getKey();
                    }
                }
            }
            StockpilePlanner.Plan plan = StockpilePlanner.plan(net, outcomes, budget, 0.25, 50);
            String where = "budget " + budget;
            assertThat(plan.fixed()).as(where).extracting(t -> t.events().get(0)).containsExactlyInAnyOrderElementsOf(best);
            assertThat(plan.totalCost()).as(where).isCloseTo(cost.get(best), within(1e-4));
            assertThat(plan.totalCost()).as(where).isLessThanOrEqualTo(budget + 1e-6);
            assertThat(plan.optimal()).isTrue();
            assertThat(plan.fixed().size() + plan.notFixed().size()).as(where).isEqualTo(2);
        }
    }

    @Test
    void stockpileForBothBuysFifteenDronesAndTwelveMotors() {
        SupplyNetwork net = StressHandCasesTest.twoTier();
        List<ScenarioOutcome> outcomes = StressHandCasesTest.sweep(net, StressTest.defaultScenarios(net, Double.NaN));
        StockpilePlanner.Plan plan = StockpilePlanner.plan(net, outcomes, 5000, 0.25, 50);
        assertThat(plan.purchases()).extracting(StockpilePlanner.Purchase::part).containsExactly("d", "m");
        assertThat(plan.purchases().get(0).units()).isCloseTo(15, within(1e-4));
        assertThat(plan.purchases().get(1).units()).isCloseTo(12, within(1e-4));
        // with only x fixed (budget 1100), f would still need 15 drones = 3750 on top of 42 motors
        StockpilePlanner.Plan small = StockpilePlanner.plan(net, outcomes, 1100, 0.25, 50);
        assertThat(small.notFixed()).singleElement().satisfies(t -> {
            assertThat(t.events()).containsExactly("site:f");
            assertThat(t.extraCostToFix()).isCloseTo(3750, within(1e-4));
        });
    }

    /** After the planned stock is added to the dataset, every fixed scenario survives its TTR. */
    @Test
    void plannedStockReallyFixesTheScenarios() {
        int checked = 0;
        for (long seed = 1; seed <= 15; seed++) {
            SupplyNetwork net = RandomNetworks.layered(seed);
            List<ScenarioOutcome> outcomes = StressHandCasesTest.sweep(net, StressTest.defaultScenarios(net, Double.NaN));
            StockpilePlanner.Plan plan = StockpilePlanner.plan(net, outcomes, 500, 0.25, 50);
            String where = "seed " + seed;
            assertThat(plan.totalCost()).as(where).isLessThanOrEqualTo(500 + 1e-6);
            for (StockpilePlanner.Target target : plan.fixed()) {
                StressScenario scenario = new StressScenario(target.events().stream()
                        .map(e -> dev.kizuna.disruption.DisruptionEvent.parse(e).orElseThrow()).toList(), target.ttrWeeks());
                var cones = dev.kizuna.stress.lp.Cones.of(net);
                var knockout = dev.kizuna.disruption.Knockout.resolve(net, scenario.events());
                try (var lp = new dev.kizuna.stress.lp.StressLp(cones, cones.touched(knockout), true)) {
                    lp.apply(knockout);
                    for (StockpilePlanner.Purchase purchase : plan.purchases()) {
                        int p = net.getPart(new dev.kizuna.supply.model.PartId(purchase.part()));
                        if (lp.hasPart(p)) {
                            lp.setExtraStock(-1, p, purchase.units() + 1e-5);
                        }
                    }
                    assertThat(lp.solveTts(StressTest.DEFAULT_HORIZON_WEEKS).weeks()).as(where + " " + target.events())
                            .isGreaterThanOrEqualTo(target.ttrWeeks() - 1e-4);
                    checked++;
                }
            }
        }
        assertThat(checked).as("fixed scenarios checked").isGreaterThan(5);
    }
}
