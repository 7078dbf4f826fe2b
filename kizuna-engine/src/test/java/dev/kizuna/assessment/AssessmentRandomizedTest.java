package dev.kizuna.assessment;

import dev.kizuna.assessment.AssessmentReport.ConcernExposure;
import dev.kizuna.content.ClassShares;
import dev.kizuna.content.ContentRollup;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.PartId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The compiled analyses against the naive recursive reference on random datasets. */
class AssessmentRandomizedTest {

    @Test
    void compiledRollupMatchesNaiveRecursion() {
        long master = System.nanoTime();
        System.out.println("AssessmentRandomizedTest seed " + master);
        SplittableRandom seeds = new SplittableRandom(master);
        for (int round = 0; round < 300; round++) {
            long seed = seeds.nextLong();
            compareRollup(seed);
        }
    }

    @Property(tries = 200)
    void rollupMatchesNaive(@ForAll long seed) {
        compareRollup(seed);
    }

    @Property(tries = 200)
    void reachabilityAndPathsMatchNaive(@ForAll long seed) {
        Dataset dataset = RandomDatasets.random(seed);
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        AssessmentReport report = Assessment.assess(network, dataset.fleet(), Basis.LOCATION).report();
        for (Basis basis : Basis.values()) {
            NaiveReference naive = new NaiveReference(dataset, basis);
            for (var system : report.systems()) {
                String top = dataset.systems().stream().filter(s -> s.id().value().equals(system.id())).findFirst()
                        .orElseThrow().topPartId().value();
                Map<String, List<String>> pairs = naive.reachablePairsWithPath(top);
                Map<String, List<String>> expected = new TreeMap<>();
                pairs.forEach((key, path) -> {
                    String site = key.substring(key.indexOf('@') + 1);
                    if (naive.classOf(site) == AlignmentClass.CONCERN) {
                        expected.put(key, path);
                    }
                });
                Map<String, List<String>> actual = new TreeMap<>();
                for (ConcernExposure e : system.concernExposures()) {
                    if (e.basis().equals(basis.key())) {
                        actual.put(e.part() + "@" + e.site(), e.path());
                    }
                }
                assertThat(actual).as("seed %d system %s basis %s", seed, system.id(), basis).isEqualTo(expected);
            }
        }
        // every reachable pair's part is listed, with its system
        NaiveReference naive = new NaiveReference(dataset, Basis.LOCATION);
        for (var system : report.systems()) {
            String top = dataset.systems().stream().filter(s -> s.id().value().equals(system.id())).findFirst()
                    .orElseThrow().topPartId().value();
            for (String key : naive.reachablePairsWithPath(top).keySet()) {
                String part = key.substring(0, key.indexOf('@'));
                assertThat(report.parts()).as("seed %d", seed)
                        .anySatisfy(p -> {
                            assertThat(p.id()).isEqualTo(part);
                            assertThat(p.systems()).contains(system.id());
                            assertThat(p.qualifiedSources()).isEqualTo(naive.qualified(part).size());
                        });
            }
        }
    }

    @Property(tries = 200)
    void sharesAreAProbabilityVectorAndHhiInRange(@ForAll long seed) {
        Dataset dataset = RandomDatasets.random(seed);
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        AssessmentReport report = Assessment.assess(network, dataset.fleet(), Basis.LOCATION).report();
        for (var system : report.systems()) {
            for (ClassShares shares : List.of(system.content().location(), system.content().control())) {
                double total = shares.total();
                assertThat(total == 0 || Math.abs(total - 1) < 1e-9).as("seed %d total %s", seed, total).isTrue();
            }
            assertThat(system.coverage()).isBetween(0.0, 1.0 + 1e-12);
        }
        for (var part : report.parts()) {
            if (part.countryHhi() != null) {
                assertThat(part.countryHhi()).as("seed %d", seed).isBetween(0.0, 10000.0 + 1e-6);
            }
        }
        List<String> ids = new ArrayList<>(report.parts().stream().map(AssessmentReport.PartAssessment::id).toList());
        assertThat(ids).isSorted();
    }

    private static void compareRollup(long seed) {
        Dataset dataset = RandomDatasets.random(seed);
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        for (Basis basis : Basis.values()) {
            ContentRollup rollup = ContentRollup.compute(network, basis);
            NaiveReference naive = new NaiveReference(dataset, basis);
            for (var part : dataset.parts()) {
                double[] expected = naive.content(part.id().value());
                ClassShares actual = rollup.partContent(network.getPart(new PartId(part.id().value())));
                for (AlignmentClass k : AlignmentClass.values()) {
                    assertThat(actual.get(k)).as("seed %d part %s class %s basis %s", seed, part.id(), k, basis)
                            .isCloseTo(expected[k.ordinal()], within(1e-9 * Math.max(1, Math.abs(expected[k.ordinal()]))));
                }
            }
        }
    }
}
