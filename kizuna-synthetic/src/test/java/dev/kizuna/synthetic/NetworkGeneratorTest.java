package dev.kizuna.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuna.io.dataset.DatasetWriter;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SiteId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkGeneratorTest {
    @TempDir
    Path temp;

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "parts={0}, seed={1}")
    @CsvSource({"50, 1", "731, -42", "2500, 20240611", "3000, 9007199254740993"})
    void sameSettingsWriteIdenticalBytes(int parts, long seed) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        DatasetWriter.write(NetworkGenerator.generate(settings), first);
        DatasetWriter.write(NetworkGenerator.generate(settings), second);

        assertThat(fileNames(first)).containsExactly("bom.csv", "countries.csv", "fleet.csv", "inventory.csv",
                "kizuna.yaml", "organizations.csv", "parts.csv", "sites.csv", "sources.csv", "systems.csv");
        assertThat(fileNames(second)).isEqualTo(fileNames(first));
        for (String name : fileNames(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as("%s of %s", name, settings)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void differentSeedsWriteDifferentFiles() throws IOException {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        DatasetWriter.write(NetworkGenerator.generate(new GeneratorSettings(400, 7)), first);
        DatasetWriter.write(NetworkGenerator.generate(new GeneratorSettings(400, 8)), second);
        assertThat(Files.readAllBytes(second.resolve("sources.csv")))
                .isNotEqualTo(Files.readAllBytes(first.resolve("sources.csv")));
        assertThat(Files.readAllBytes(second.resolve("bom.csv")))
                .isNotEqualTo(Files.readAllBytes(first.resolve("bom.csv")));
    }

    @Test
    void idsAreZeroPaddedSoThatTextOrderIsFileOrder() {
        Dataset dataset = NetworkGenerator.generate(new GeneratorSettings(1200, 3));
        assertThat(dataset.parts().get(0).id().value()).isEqualTo("P0000001");
        assertThat(dataset.parts().get(1199).id().value()).isEqualTo("P0001200");
        assertThat(dataset.sites().get(0).id().value()).isEqualTo("S000001");
        assertThat(dataset.organizations().get(0).id().value()).isEqualTo("O00001");
        assertThat(dataset.systems().get(0).id().value()).isEqualTo("SYS001");
        assertThat(dataset.parts()).extracting(p -> p.id().value()).isSorted();
        assertThat(dataset.sites()).extracting(s -> s.id().value()).isSorted();
        assertThat(dataset.organizations()).extracting(o -> o.id().value()).isSorted();
    }

    /** The checker must be able to fail, or the property tests prove nothing. */
    @Test
    void theContractCheckerFindsInjectedProblems() {
        Dataset valid = NetworkGenerator.generate(new GeneratorSettings(200, 11));
        assertThat(ContractChecker.problems(valid)).isEmpty();

        BomLine first = valid.bomLines().get(0);
        List<BomLine> cyclic = new ArrayList<>(valid.bomLines());
        cyclic.add(new BomLine(first.childId(), first.parentId(), 1, null, List.of()));
        assertThat(ContractChecker.problems(withBom(valid, cyclic))).anyMatch(p -> p.contains("cycle"));

        SiteId stranger = valid.sites().get(valid.sites().size() - 1).id();
        List<BomLine> badSite = new ArrayList<>(valid.bomLines());
        badSite.add(new BomLine(first.parentId(), first.childId(), 1, notASourceOf(valid, first, stranger),
                List.of()));
        assertThat(ContractChecker.problems(withBom(valid, badSite)))
                .anyMatch(p -> p.contains("not a source site of the parent"));

        List<Source> badShares = new ArrayList<>(valid.sources());
        Source s = badShares.get(0);
        badShares.set(0, new Source(s.partId(), s.siteId(), 0.99, s.status(), s.capacityPerWeek(),
                s.leadTimeDays(), s.unitPrice()));
        assertThat(ContractChecker.problems(withSources(valid, badShares)))
                .anyMatch(p -> p.contains("share"));

        List<InventoryLot> badStock = List.of(new InventoryLot(first.parentId(), 5,
                notASourceOf(valid, first, stranger)));
        Dataset withBadStock = new Dataset(valid.manifest(), valid.organizations(), valid.sites(), valid.parts(),
                valid.bomLines(), valid.sources(), badStock, valid.systems(), valid.fleet(), valid.countries());
        assertThat(ContractChecker.problems(withBadStock)).anyMatch(p -> p.contains("not a source site of the part"));
    }

    private static SiteId notASourceOf(Dataset dataset, BomLine line, SiteId preferred) {
        List<SiteId> sourceSites = dataset.sources().stream().filter(s -> s.partId().equals(line.parentId()))
                .map(Source::siteId).toList();
        return dataset.sites().stream().map(site -> site.id()).filter(id -> !sourceSites.contains(id))
                .findFirst().orElse(preferred);
    }

    private static Dataset withBom(Dataset d, List<BomLine> bom) {
        return new Dataset(d.manifest(), d.organizations(), d.sites(), d.parts(), bom, d.sources(), d.inventory(),
                d.systems(), d.fleet(), d.countries());
    }

    private static Dataset withSources(Dataset d, List<Source> sources) {
        return new Dataset(d.manifest(), d.organizations(), d.sites(), d.parts(), d.bomLines(), sources,
                d.inventory(), d.systems(), d.fleet(), d.countries());
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new GeneratorSettings(10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(100, 1).withTiers(7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(100, 1, 4, 2, 5, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sites");
        assertThat(new GeneratorSettings(1_000_000, 1)).isEqualTo(
                new GeneratorSettings(1_000_000, 1, 6, 500, 200_000, 66_667));
    }
}
