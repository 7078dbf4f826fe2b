package dev.kizuna.risk;

import dev.kizuna.disruption.RandomNetworks;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskAnalysisTest {

    @Test
    void handComputedParallelSourcesWithACommonCauseCountry() {
        // two sources in JP (0.1, 0.2) and a JP country event (0.05): P = 0.05 + 0.95 * 0.1 * 0.2
        SupplyNetwork net = NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o", "JP")
                .site("s1", "o", "JP", Double.NaN, 0.1, 1).site("s2", "o", "JP", Double.NaN, 0.2, 1)
                .country("JP", 0.05, 10)
                .part("a", 1).source("a", "s1", Double.NaN).source("a", "s2", Double.NaN)
                .system("sys", "a").build());
        SystemRisk risk = RiskAnalysis.run(net).systems().get(0);
        assertThat(risk.unavailability()).isCloseTo(0.069, within(1e-15));
        EventImportance country = find(risk, "country:JP");
        assertThat(country.birnbaum()).isCloseTo(1 - 0.02, within(1e-15));
        assertThat(country.riskAchievementWorth()).isCloseTo(1 / 0.069, within(1e-12));
        assertThat(country.riskReductionWorth()).isCloseTo(0.069 / 0.02, within(1e-12));
        assertThat(country.fussellVesely()).isCloseTo(1 - 0.02 / 0.069, within(1e-12));
        EventImportance s1 = find(risk, "site:s1");
        assertThat(s1.birnbaum()).isCloseTo((0.05 + 0.95 * 0.2) - 0.05, within(1e-15));
        assertThat(risk.importance()).extracting(EventImportance::event)
                .containsExactly("country:JP", "site:s1", "site:s2");
    }

    @Test
    void riskReductionWorthIsNullWhenTheEventIsNeededForEveryFailure() {
        SupplyNetwork net = NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o", "JP").site("s1", "o", "JP", Double.NaN, 0.1, 1).site("s2", "o", "JP")
                .part("a", 1).source("a", "s1", Double.NaN).system("sys", "a").system("safe", "b")
                .part("b", 1).source("b", "s2", Double.NaN).build());
        SystemRisk risk = RiskAnalysis.run(net).systems().get(1);
        assertThat(risk.id()).isEqualTo("sys");
        EventImportance s1 = risk.importance().get(0);
        assertThat(s1.riskReductionWorth()).isNull();
        assertThat(s1.fussellVesely()).isCloseTo(1.0, within(1e-15));
        SystemRisk safe = RiskAnalysis.run(net).systems().get(0);
        assertThat(safe.unavailability()).isZero();
        assertThat(safe.importance()).isEmpty(); // s2 has no probability: not a basic event
    }

    @Test
    void unavailabilityAndImportanceEqualEnumeration() {
        for (long seed = 1; seed <= 200; seed++) {
            SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(seed));
            for (int y = 0; y < net.systemCount(); y++) {
                SystemRisk risk = RiskAnalysis.system(net, y);
                String context = "seed " + seed + " system " + net.systemKey(y);
                double p = BruteForce.unavailability(net, y, null, null);
                assertThat(risk.unavailability()).as(context).isCloseTo(p, within(1e-12));
                for (EventImportance e : risk.importance()) {
                    double given = BruteForce.unavailability(net, y, e.event(), true);
                    double without = BruteForce.unavailability(net, y, e.event(), false);
                    assertThat(e.birnbaum()).as(context + " " + e.event()).isCloseTo(given - without, within(1e-12));
                    assertThat(e.birnbaum()).as(context + " " + e.event() + " matters").isGreaterThan(0);
                    assertThat(e.riskAchievementWorth()).as(context).isCloseTo(given / p, within(1e-9));
                    if (without > 1e-300) {
                        assertThat(e.riskReductionWorth()).as(context).isCloseTo(p / without, within(1e-9 * p / without));
                    }
                }
            }
        }
    }

    private static EventImportance find(SystemRisk risk, String event) {
        return risk.importance().stream().filter(e -> e.event().equals(event)).findFirst().orElseThrow();
    }
}
