package dev.kizuna.disruption;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KnockoutAnalysisTest {

    /**
     * drone made at jp1 (generic bill: motor, fc) and us1 (site bill: motor from us2 only), equal split;
     * motor from cn1 (0.75) and us2 (0.25), candidate at de1 (owned by a CN parent, located in DE);
     * fc unmapped. System: 10 per week, 1000 per unit short.
     */
    static Dataset sample() {
        return DatasetBuilder.jpUs()
                .organization("o-jp", "JP").organization("o-us", "US").organization("o-cn", "CN")
                .organization("o-cn-sub", "DE", "o-cn")
                .site("us1", "o-us", "US").site("jp1", "o-jp", "JP").site("cn1", "o-cn", "CN")
                .site("us2", "o-us", "US").site("de1", "o-cn-sub", "DE")
                .part("drone", 100).part("motor", 10).part("fc", 20)
                .source("drone", "us1", Double.NaN).source("drone", "jp1", Double.NaN)
                .source("motor", "us2", 0.25).source("motor", "cn1", 0.75)
                .source("motor", "de1", Double.NaN, SourceStatus.CANDIDATE, Double.NaN)
                .bom("drone", "motor", 2).bom("drone", "fc", 1)
                .bom("drone", "motor", 4, "us1", "us2")
                .system("sys", "drone", 10, 1000)
                .build();
    }

    private static SystemKnockout knock(Dataset dataset, String... events) {
        KnockoutResult result = KnockoutAnalysis.evaluate(NetworkCompiler.compile(dataset), parse(events));
        return result.report().systems().get(0);
    }

    private static List<DisruptionEvent> parse(String... events) {
        return java.util.Arrays.stream(events).map(e -> DisruptionEvent.parse(e).orElseThrow()).toList();
    }

    @Test
    void noEventLosesNothing() {
        SystemKnockout sys = knock(sample());
        assertThat(sys.available()).isTrue();
        assertThat(sys.volumeFraction()).isEqualTo(1.0);
        assertThat(sys.weeklyValueAtRisk()).isZero();
    }

    @Test
    void siteSpecificBillWithApprovedListLosesItsOnlyApprovedSource() {
        // us1's bill takes motor from us2 only: drone@us1 delivers 0; drone@jp1 gets motor at 0.75
        SystemKnockout sys = knock(sample(), "site:us2");
        assertThat(sys.available()).isTrue();
        assertThat(sys.volumeFraction()).isCloseTo(0.5 * 0 + 0.5 * 0.75, within(1e-12));
        assertThat(sys.weeklyValueAtRisk()).isCloseTo(0.625 * 10 * 1000, within(1e-9));
    }

    @Test
    void genericBillIsIgnoredWhereASiteBillExists() {
        // cn1 only feeds the generic bill; us1 still builds with us2's motors
        SystemKnockout sys = knock(sample(), "site:cn1");
        assertThat(sys.available()).isTrue();
        assertThat(sys.volumeFraction()).isCloseTo(0.5 * 1 + 0.5 * 0.25, within(1e-12));
    }

    @Test
    void everySourceOfAComponentDownStopsTheSystem() {
        SystemKnockout sys = knock(sample(), "site:cn1", "site:us2");
        assertThat(sys.available()).isFalse();
        assertThat(sys.volumeFraction()).isZero();
        assertThat(sys.weeklyValueAtRisk()).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void unmappedPartIsAvailableButAPartEventRemovesIt() {
        SupplyNetwork net = NetworkCompiler.compile(sample());
        KnockoutResult none = KnockoutAnalysis.evaluate(net, List.of());
        assertThat(none.notes()).singleElement().asString().contains("fc").contains("always available");
        // fc is only in jp1's (generic) bill: losing it halves the volume, the system stays available
        SystemKnockout sys = knock(sample(), "part:fc");
        assertThat(sys.available()).isTrue();
        assertThat(sys.volumeFraction()).isCloseTo(0.5, within(1e-12));
        SystemKnockout both = knock(sample(), "part:fc", "site:us1");
        assertThat(both.available()).isFalse();
    }

    @Test
    void controlCountryFollowsOwnershipWhileCountryFollowsLocation() {
        // motor from de1 (located DE, controlled from CN through o-cn-sub's parent) and us2
        Dataset dataset = DatasetBuilder.jpUs()
                .organization("o-us", "US").organization("o-cn", "CN").organization("o-cn-sub", "DE", "o-cn")
                .site("de1", "o-cn-sub", "DE").site("us2", "o-us", "US").site("us1", "o-us", "US")
                .part("drone", 1).part("motor", 1)
                .source("drone", "us1", Double.NaN)
                .source("motor", "de1", 0.5).source("motor", "us2", 0.5)
                .bom("drone", "motor", 1)
                .system("sys", "drone", 4, 10)
                .build();
        assertThat(knock(dataset, "country:CN").volumeFraction()).isEqualTo(1.0);
        assertThat(knock(dataset, "control:CN").volumeFraction()).isCloseTo(0.5, within(1e-12));
        assertThat(knock(dataset, "country:DE").volumeFraction()).isCloseTo(0.5, within(1e-12));
        assertThat(knock(dataset, "control:DE").volumeFraction()).isEqualTo(1.0);
        assertThat(knock(dataset, "org:o-cn").volumeFraction()).isEqualTo(1.0); // owns no site directly
        assertThat(knock(dataset, "org:o-cn-sub").volumeFraction()).isCloseTo(0.5, within(1e-12));
        assertThat(knock(dataset, "org:o-us").available()).isFalse();
        assertThat(knock(dataset, "control:US", "control:CN").weeklyValueAtRisk()).isCloseTo(40, within(1e-12));
    }

    @Test
    void volumeTakesTheScarcestComponentAndIsCappedAtOne() {
        // a at s0 needs b and c; b from s1 and s2 (0.5 each), c from s3 (0.25), s4 (0.75);
        // d has shares 0.6 and 0.4000005 (sum within the 1e-6 tolerance) and is capped at 1
        Dataset dataset = DatasetBuilder.jpUs()
                .organization("o", "JP")
                .site("s0", "o", "JP").site("s1", "o", "JP").site("s2", "o", "JP").site("s3", "o", "JP")
                .site("s4", "o", "JP").site("s5", "o", "JP").site("s6", "o", "JP")
                .part("a", 1).part("b", 1).part("c", 1).part("d", 1)
                .source("a", "s0", Double.NaN)
                .source("b", "s1", 0.5).source("b", "s2", 0.5)
                .source("c", "s3", 0.25).source("c", "s4", 0.75)
                .source("d", "s5", 0.6).source("d", "s6", 0.4000005)
                .bom("a", "b", 1).bom("a", "c", 1)
                .system("a", "a", 1, 1).system("d", "d", 1, 1)
                .build();
        SupplyNetwork net = NetworkCompiler.compile(dataset);
        KnockoutReport report = KnockoutAnalysis.evaluate(net, parse("site:s1", "site:s4")).report();
        assertThat(report.systems().get(0).volumeFraction()).isCloseTo(0.25, within(1e-12));
        assertThat(report.systems().get(1).volumeFraction()).isEqualTo(1.0);
        assertThat(report.events()).containsExactly("site:s1", "site:s4");
    }

    @Test
    void explainsALostSystemDownToTheKnockedOutSites() {
        SupplyNetwork net = NetworkCompiler.compile(sample());
        KnockoutResult result = KnockoutAnalysis.evaluate(net, parse("site:cn1", "site:us2"));
        FailureChain chain = result.explanations().get(0);
        assertThat(chain.system()).isEqualTo("sys");
        assertThat(chain.parts()).containsExactly("drone", "motor");
        assertThat(chain.steps().get(0).sitesStarved()).containsExactly("jp1", "us1");
        assertThat(chain.steps().get(1).sitesKnockedOut()).containsExactlyInAnyOrder("cn1", "us2");
    }

    @Test
    void unknownIdsAreRejectedWithTheirName() {
        SupplyNetwork net = NetworkCompiler.compile(sample());
        assertThatThrownBy(() -> KnockoutAnalysis.evaluate(net, parse("site:nowhere")))
                .hasMessageContaining("site:nowhere");
    }

    @Test
    void randomNetworksMatchTheNaiveReference() {
        for (long seed = 1; seed <= 400; seed++) {
            Dataset dataset = RandomNetworks.generate(seed);
            SupplyNetwork net = NetworkCompiler.compile(dataset);
            Random random = new Random(seed * 31);
            List<String> events = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                events.add(randomEvent(dataset, random));
            }
            Set<String> sitesDown = NaiveKnockout.sitesOf(dataset, events);
            Set<String> partsDown = new java.util.TreeSet<>();
            events.stream().filter(e -> e.startsWith("part:")).forEach(e -> partsDown.add(e.substring(5)));
            NaiveKnockout naive = new NaiveKnockout(dataset, sitesDown, partsDown);
            KnockoutResult result = KnockoutAnalysis.evaluate(net, parse(events.toArray(String[]::new)));
            for (SystemKnockout sys : result.report().systems()) {
                EndSystem system = dataset.systems().stream().filter(s -> s.id().value().equals(sys.id())).findFirst()
                        .orElseThrow();
                String context = "seed " + seed + ", events " + events + ", system " + sys.id();
                assertThat(sys.available()).as(context).isEqualTo(naive.systemAvailable(system));
                assertThat(sys.volumeFraction()).as(context).isCloseTo(naive.systemVolume(system), within(1e-9));
            }
            for (FailureChain chain : result.explanations()) {
                FailureStep last = chain.steps().get(chain.steps().size() - 1);
                assertThat(last.sitesStarved()).as("seed " + seed + ": chain ends at the events").isEmpty();
            }
        }
    }

    static String randomEvent(Dataset dataset, Random random) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> "site:" + dataset.sites().get(random.nextInt(dataset.sites().size())).id().value();
            case 2 -> "org:" + dataset.organizations().get(random.nextInt(dataset.organizations().size())).id().value();
            case 3 -> (random.nextBoolean() ? "country:" : "control:") + new String[] {"JP", "US", "CN", "DE", "GB"}[random.nextInt(5)];
            default -> "part:" + dataset.parts().get(random.nextInt(dataset.parts().size())).id().value();
        };
    }
}
