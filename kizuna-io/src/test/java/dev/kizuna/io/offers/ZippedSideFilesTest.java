package dev.kizuna.io.offers;

import dev.kizuna.compliance.Rule;
import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.io.rules.RulePackLoad;
import dev.kizuna.io.rules.RulePackReader;
import dev.kizuna.io.screening.ScreeningListReader;
import dev.kizuna.supply.model.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * offers.csv, rules/ and screening/ of the example read from a zip of it (files at the root, or under
 * one top folder) give exactly what the directory gives.
 */
class ZippedSideFilesTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "jp-us-uav");

    /** Zips a directory, every file under {@code prefix} ("" for the root). */
    static Path zip(Path directory, Path zip, String prefix) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + directory.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Dataset load(Path path) {
        return ((LoadResult.Loaded) DatasetReader.read(path)).dataset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jp-us-uav/"})
    void zipGivesTheSameOffersRulesAndScreeningListAsTheDirectory(String prefix, @TempDir Path dir) throws IOException {
        Path zip = zip(EXAMPLE, dir.resolve("example.zip"), prefix);
        Dataset fromDirectory = load(EXAMPLE);
        Dataset fromZip = load(zip);

        OfferLoad expected = OfferReader.read(EXAMPLE, fromDirectory);
        OfferLoad actual = OfferReader.read(zip, fromZip);
        assertThat(expected.ok()).isTrue();
        assertThat(expected.offers()).isNotEmpty();
        assertThat(actual.problems()).isEmpty();
        assertThat(actual.offers()).isEqualTo(expected.offers());

        try (DatasetFolder folder = DatasetFolder.open(zip)) {
            assertThat(folder.isZip()).isTrue();
            assertThat(folder.isFolder("rules")).isTrue();
            assertThat(folder.files("rules")).allMatch(name -> name.endsWith(".yaml")).hasSize(4);
            RulePackLoad fromZipRules = RulePackReader.read(folder, "rules");
            RulePackLoad fromDirectoryRules = RulePackReader.read(EXAMPLE.resolve("rules"));
            assertThat(ruleIds(fromZipRules)).isNotEmpty().isEqualTo(ruleIds(fromDirectoryRules));
            assertThat(((RulePackLoad.Loaded) fromZipRules).pack().name())
                    .isEqualTo(((RulePackLoad.Loaded) fromDirectoryRules).pack().name());

            var list = ScreeningListReader.read(folder, "screening/fictional-csl.csv");
            var reference = ScreeningListReader.read(EXAMPLE.resolve("screening").resolve("fictional-csl.csv"));
            assertThat(list.problems()).isEmpty();
            assertThat(list.entries()).isNotEmpty().isEqualTo(reference.entries());
            assertThat(ScreeningListReader.read(folder, "screening/missing.csv").problems()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "top/"})
    void aZipWithoutOffersHasNoneAndBadOffersAreReportedWithTheirLine(String prefix, @TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            for (Path path : walk.sorted().toList()) {
                Path target = copy.resolve(EXAMPLE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Files.delete(copy.resolve("offers.csv"));
        Path without = zip(copy, dir.resolve("without.zip"), prefix);
        OfferLoad none = OfferReader.read(without, load(without));
        assertThat(none.ok()).isTrue();
        assertThat(none.offers()).isEmpty();

        Files.writeString(copy.resolve("offers.csv"), "id,organization_id,site_id,part_id\nx,no-such-org,no-such-site,fc-f7-cn\n");
        Path bad = zip(copy, dir.resolve("bad.zip"), prefix);
        OfferLoad rejected = OfferReader.read(bad, load(bad));
        assertThat(rejected.problems()).isNotEmpty().allMatch(p -> p.file().equals("offers.csv") && p.line() == 2);
    }

    private static List<String> ruleIds(RulePackLoad load) {
        return ((RulePackLoad.Loaded) load).pack().rules().stream().map(Rule::id).toList();
    }
}
