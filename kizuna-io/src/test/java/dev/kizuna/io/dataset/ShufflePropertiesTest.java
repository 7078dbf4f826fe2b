package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.supply.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Row order and column order carry no meaning: shuffling them changes neither the dataset nor the problems. */
class ShufflePropertiesTest {

    @Property(tries = 40)
    void shufflingRowsAndColumnsOfAValidDatasetGivesAnEqualDataset(@ForAll @IntRange(min = 12, max = 150) int parts,
                                                                    @ForAll long seed) {
        Map<String, String> files = GeneratedDataset.inMemory(parts, seed);
        Random random = new Random(seed);
        LoadResult original = load(files);
        LoadResult shuffled = load(shuffle(files, random, true));

        assertThat(original).as("seed %d, %d parts", seed, parts).isInstanceOf(LoadResult.Loaded.class);
        assertThat(shuffled).as("seed %d, %d parts", seed, parts).isInstanceOf(LoadResult.Loaded.class);
        assertEqualIgnoringOrder(((LoadResult.Loaded) original).dataset(), ((LoadResult.Loaded) shuffled).dataset());
    }

    @Property(tries = 40)
    void shufflingColumnsOfAnInvalidDatasetGivesTheSameProblems(@ForAll long seed) {
        Fixture broken = Fixture.valid()
                .replace("parts.csv", "airframe,1200", "airframe,-1")
                .replace("organizations.csv", "Acme Holdings,US", "Acme Holdings,us")
                .replace("sources.csv", "s-texas,0.3,", "s-texas,0.2,")
                .append("bom.csv", "magnet,drone,1,,")
                .append("bom.csv", "drone,motor,2,,")
                .append("inventory.csv", "battery,3,s-texas")
                .append("fleet.csv", "hexa,JMSDF,3");
        Map<String, String> files = new java.util.LinkedHashMap<>();
        broken.files().forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));
        LoadResult original = load(files);
        LoadResult shuffled = load(shuffle(files, new Random(seed), false));

        assertThat(original).isInstanceOf(LoadResult.Rejected.class);
        assertThat(shuffled).as("seed %d", seed).isEqualTo(original);
    }

    private static void assertEqualIgnoringOrder(Dataset expected, Dataset actual) {
        assertThat(actual.manifest()).isEqualTo(expected.manifest());
        assertThat(actual.organizations()).containsExactlyInAnyOrderElementsOf(expected.organizations());
        assertThat(actual.sites()).containsExactlyInAnyOrderElementsOf(expected.sites());
        assertThat(actual.parts()).containsExactlyInAnyOrderElementsOf(expected.parts());
        assertThat(actual.bomLines()).containsExactlyInAnyOrderElementsOf(expected.bomLines());
        assertThat(actual.sources()).containsExactlyInAnyOrderElementsOf(expected.sources());
        assertThat(actual.inventory()).containsExactlyInAnyOrderElementsOf(expected.inventory());
        assertThat(actual.systems()).containsExactlyInAnyOrderElementsOf(expected.systems());
        assertThat(actual.fleet()).containsExactlyInAnyOrderElementsOf(expected.fleet());
        assertThat(actual.countries()).containsExactlyInAnyOrderElementsOf(expected.countries());
    }

    /** Permutes the columns of every CSV file and, when asked, its data rows (cells never hold commas here). */
    private static Map<String, String> shuffle(Map<String, String> files, Random random, boolean rows) {
        Map<String, String> shuffled = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".csv")) {
                shuffled.put(file.getKey(), file.getValue());
                continue;
            }
            List<String[]> lines = new ArrayList<>();
            for (String line : file.getValue().split("\n")) {
                lines.add(line.split(",", -1));
            }
            int width = lines.get(0).length;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<String[]> body = new ArrayList<>(lines.subList(1, lines.size()));
            if (rows) {
                Collections.shuffle(body, random);
            }
            StringBuilder text = new StringBuilder();
            Stream.concat(Stream.<String[]>of(lines.get(0)), body.stream()).forEach(cells -> {
                String[] padded = Arrays.copyOf(cells, Math.max(width, cells.length));
                for (int i = 0; i < order.size(); i++) {
                    String cell = padded[order.get(i)];
                    text.append(i == 0 ? "" : ",").append(cell == null ? "" : cell);
                }
                text.append('\n');
            });
            shuffled.put(file.getKey(), text.toString());
        }
        return shuffled;
    }

    private static LoadResult load(Map<String, String> files) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kizuna-shuffle");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue());
            }
            return DatasetReader.read(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
