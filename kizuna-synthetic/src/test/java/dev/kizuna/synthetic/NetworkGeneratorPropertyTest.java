package dev.kizuna.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Source;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NetworkGeneratorPropertyTest {

    @Property(tries = 40)
    void generatedDatasetsSatisfyTheContract(@ForAll @IntRange(min = 50, max = 3000) int parts, @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        Dataset dataset = NetworkGenerator.generate(settings);

        assertThat(ContractChecker.problems(dataset)).as("%s", settings).isEmpty();
        assertThat(dataset.parts()).hasSize(parts);
        assertThat(dataset.sites()).hasSize(settings.sites());
        assertThat(dataset.organizations()).hasSize(settings.organizations());
        assertThat(dataset.systems()).hasSize(settings.systems());
    }

    @Property(tries = 30)
    void everyTierCountFrom3To6IsValidAndReached(@ForAll @IntRange(min = 50, max = 3000) int parts,
                                                 @ForAll @IntRange(min = 3, max = 6) int tiers,
                                                 @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed).withTiers(tiers);
        Dataset dataset = NetworkGenerator.generate(settings);

        assertThat(ContractChecker.problems(dataset)).as("%s", settings).isEmpty();
        assertThat(NetworkShape.levels(dataset)).as("%s", settings).isEqualTo(tiers);
    }

    @Property(tries = 30)
    void defaultTiersAreBetween3And6(@ForAll @IntRange(min = 50, max = 3000) int parts, @ForAll long seed) {
        Dataset dataset = NetworkGenerator.generate(new GeneratorSettings(parts, seed));
        assertThat(NetworkShape.levels(dataset)).isBetween(3, 6);
    }

    @Property(tries = 30)
    void theNetworkHasTheIntendedVariety(@ForAll @IntRange(min = 50, max = 3000) int parts, @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        Dataset dataset = NetworkGenerator.generate(settings);

        Set<AlignmentClass> located = NetworkShape.qualifiedLocationClasses(dataset);
        assertThat(located).as("%s", settings).containsAll(EnumSet.of(AlignmentClass.HOME, AlignmentClass.ALLY,
                AlignmentClass.PARTNER, AlignmentClass.OTHER, AlignmentClass.CONCERN));
        assertThat(NetworkShape.foreignControlled(dataset)).as("%s", settings).isNotEmpty();
        assertThat(NetworkShape.ownershipDepth(dataset)).as("%s", settings).isBetween(1, 3);

        Map<PartId, Integer> qualified = NetworkShape.qualifiedCounts(dataset);
        assertThat(qualified.values()).as("single-source parts, %s", settings).contains(1);
        assertThat(qualified.values()).as("unmapped parts, %s", settings).contains(0);
        assertThat(qualified.values()).as("multi-source parts, %s", settings).anyMatch(n -> n >= 3);
        assertThat(dataset.sources()).as("alternates, %s", settings).anyMatch(s -> !s.isQualified());
        assertThat(dataset.sources()).as("explicit shares, %s", settings)
                .anyMatch(s -> s.isQualified() && s.share() > 0 && s.share() < 1);
        assertThat(dataset.sources()).as("equal splits, %s", settings)
                .anyMatch(s -> s.isQualified() && Double.isNaN(s.share()));
        assertThat(dataset.bomLines()).as("site-specific bills, %s", settings).anyMatch(b -> b.siteId() != null);
        assertThat(dataset.inventory()).as("pooled stock, %s", settings).anyMatch(l -> l.siteId() == null);
        assertThat(dataset.countries()).as("%s", settings).isNotEmpty();
        assertThat(dataset.fleet()).as("%s", settings).isNotEmpty();
    }

    @Property(tries = 10)
    void largerNetworksHaveTheIntendedProportions(@ForAll @IntRange(min = 1000, max = 3000) int parts,
                                                  @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        Dataset dataset = NetworkGenerator.generate(settings);

        assertThat(dataset.bomLines().size() / (double) parts).as("bom rows per part, %s", settings)
                .isBetween(2.0, 3.0);
        assertThat(dataset.sources().size() / (double) parts).as("source rows per part, %s", settings)
                .isBetween(2.2, 2.9);
        assertThat(dataset.bomLines()).as("approved vendor lists, %s", settings)
                .anyMatch(b -> !b.approvedSites().isEmpty());
        assertThat(dataset.inventory()).as("stock at a source site, %s", settings).anyMatch(l -> l.siteId() != null);
        // Shared parts: the bill is a DAG, not a tree.
        Map<PartId, Set<PartId>> parents = new HashMap<>();
        for (BomLine b : dataset.bomLines()) {
            parents.computeIfAbsent(b.childId(), k -> new HashSet<>()).add(b.parentId());
        }
        int mostParents = parents.values().stream().mapToInt(Set::size).max().orElse(0);
        assertThat(mostParents).as("%s", settings).isGreaterThanOrEqualTo(10);
    }

    @Property(tries = 20)
    void everyPartBelowTheTopIsUsedAndValueAddIsMostlyPositive(@ForAll @IntRange(min = 50, max = 3000) int parts,
                                                                @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        Dataset dataset = NetworkGenerator.generate(settings);

        Set<PartId> tops = new HashSet<>();
        dataset.systems().stream().map(EndSystem::topPartId).forEach(tops::add);
        Set<PartId> used = new HashSet<>(tops);
        dataset.bomLines().stream().filter(b -> b.siteId() == null).map(BomLine::childId).forEach(used::add);
        assertThat(used).as("%s", settings).hasSize(parts);

        Map<PartId, Double> cost = new HashMap<>();
        for (Part p : dataset.parts()) {
            cost.put(p.id(), Double.isNaN(p.unitCost()) ? 0.0 : p.unitCost());
        }
        Map<PartId, Double> childCost = new HashMap<>();
        for (BomLine b : dataset.bomLines()) {
            if (b.siteId() == null) {
                childCost.merge(b.parentId(), b.quantity() * cost.get(b.childId()), Double::sum);
            }
        }
        long assemblies = childCost.size();
        long positive = childCost.entrySet().stream().filter(e -> cost.get(e.getKey()) > e.getValue()).count();
        assertThat(positive).as("%s", settings).isGreaterThanOrEqualTo(assemblies * 95 / 100);
    }

    @Property(tries = 15)
    void sameSettingsGiveEqualDatasets(@ForAll @IntRange(min = 50, max = 3000) int parts, @ForAll long seed) {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        assertThat(NetworkGenerator.generate(settings)).isEqualTo(NetworkGenerator.generate(settings));
    }

    @Property(tries = 15)
    void differentSeedsGiveDifferentDatasets(@ForAll @IntRange(min = 50, max = 3000) int parts, @ForAll long seed) {
        Dataset first = NetworkGenerator.generate(new GeneratorSettings(parts, seed));
        Dataset second = NetworkGenerator.generate(new GeneratorSettings(parts, seed + 1));
        assertThat(first).isNotEqualTo(second);
        List<Source> firstSources = first.sources();
        assertThat(firstSources).isNotEqualTo(second.sources());
    }
}
