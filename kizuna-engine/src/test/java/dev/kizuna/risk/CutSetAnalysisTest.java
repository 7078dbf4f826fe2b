package dev.kizuna.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.FailureChain;
import dev.kizuna.disruption.RandomNetworks;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.DatasetBuilder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CutSetAnalysisTest {

    /** drone from jp1 or us1; both need motor from cn1 or us2; us1 and us2 belong to one org. */
    private static SupplyNetwork sample() {
        return NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o-jp", "JP").organization("o-us", "US").organization("o-cn", "CN")
                .site("jp1", "o-jp", "JP").site("us1", "o-us", "US").site("us2", "o-us", "US").site("cn1", "o-cn", "CN")
                .part("drone", 1).part("motor", 1)
                .source("drone", "jp1", Double.NaN).source("drone", "us1", Double.NaN)
                .source("motor", "cn1", Double.NaN).source("motor", "us2", Double.NaN)
                .bom("drone", "motor", 1)
                .system("sys", "drone")
                .build());
    }

    @Test
    void handComputedCutSetsPerBasis() {
        SupplyNetwork net = sample();
        assertThat(CutSetAnalysis.compute(net, 0, EventBasis.SITE, 3).cutSets()).containsExactly(
                List.of("site:cn1", "site:us2"), List.of("site:jp1", "site:us1"));
        assertThat(CutSetAnalysis.compute(net, 0, EventBasis.ORG, 2).cutSets()).containsExactly(
                List.of("org:o-cn", "org:o-us"), List.of("org:o-jp", "org:o-us"));
        assertThat(CutSetAnalysis.compute(net, 0, EventBasis.COUNTRY, 1).cutSets()).isEmpty();
        assertThat(CutSetAnalysis.compute(net, 0, EventBasis.SITE, 1).cutSets()).isEmpty();
    }

    @Test
    void explainsEachCutSet() {
        SupplyNetwork net = sample();
        FailureChain chain = CutSetAnalysis.explain(net, 0, List.of("site:cn1", "site:us2"));
        assertThat(chain.parts()).containsExactly("drone", "motor");
    }

    @Test
    void rejectsOrdersOutsideOneToFour() {
        assertThatThrownBy(() -> CutSetAnalysis.compute(sample(), 0, EventBasis.SITE, 5)).hasMessageContaining("between 1 and 4");
    }

    @Test
    void randomNetworksMatchBruteForceOnEveryBasis() {
        for (long seed = 1; seed <= 150; seed++) {
            SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(seed));
            for (EventBasis basis : EventBasis.values()) {
                int order = 1 + (int) (seed % 4);
                for (int y = 0; y < net.systemCount(); y++) {
                    assertThat(CutSetAnalysis.compute(net, y, basis, order).cutSets())
                            .as("seed %d basis %s order %d system %s", seed, basis.key(), order, net.systemKey(y))
                            .isEqualTo(BruteForce.minimalCutSets(net, y, basis, order));
                }
            }
        }
    }

    @Test
    void siteCutSetsEqualTheMinimalSolutionsOfTheSystemBdd() {
        for (long seed = 1; seed <= 150; seed++) {
            SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(seed));
            for (int y = 0; y < net.systemCount(); y++) {
                FaultTree tree = SystemFaultTree.build(net, y, true);
                // without country events the tree's basic events are exactly the reachable site events
                if (tree.basicEvents().keySet().stream().anyMatch(e -> e.startsWith("country:"))) {
                    continue;
                }
                List<List<String>> fromBdd = FaultTreeBdd.compile(tree).minimalCutSets(4, 1_000_000);
                assertThat(CutSetAnalysis.compute(net, y, EventBasis.SITE, 4).cutSets())
                        .as("seed %d system %s", seed, net.systemKey(y)).isEqualTo(fromBdd);
            }
        }
    }

    @Property(tries = 200)
    void minimalCutSetsAreCutSetsMinimalAndComplete(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                    @ForAll @IntRange(min = 1, max = 3) int order) {
        SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(seed));
        EventBasis basis = EventBasis.values()[(int) (seed % 4)];
        var propagator = new dev.kizuna.disruption.KnockoutPropagator(net);
        for (int y = 0; y < net.systemCount(); y++) {
            List<List<String>> cutSets = CutSetAnalysis.compute(net, y, basis, order).cutSets();
            String context = "seed " + seed + " basis " + basis.key() + " order " + order + " system " + y;
            for (List<String> set : cutSets) {
                List<Integer> slots = set.stream().map(e -> slotOf(net, basis, e)).toList();
                assertThat(BruteForce.cuts(net, propagator, y, basis, slots)).as(context + " cuts " + set).isTrue();
                assertThat(set.size()).as(context).isBetween(0, order); // [] when lost without any event
                for (List<String> other : cutSets) {
                    if (other != set) {
                        assertThat(set.containsAll(other)).as(context + ": " + set + " contains " + other).isFalse();
                    }
                }
            }
            assertThat(cutSets).as(context + " complete").isEqualTo(BruteForce.minimalCutSets(net, y, basis, order));
        }
    }

    private static int slotOf(SupplyNetwork net, EventBasis basis, String key) {
        for (int slot = 0; slot < basis.eventCount(net); slot++) {
            if (basis.eventKey(net, slot).equals(key)) {
                return slot;
            }
        }
        throw new AssertionError("no slot for " + key);
    }
}
