package dev.kizuna.server.dataset;

import dev.kizuna.server.TestDatasets;
import dev.kizuna.server.config.KizunaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetArchiveTest {
    static final KizunaProperties.Upload LIMITS = new KizunaProperties.Upload(DataSize.ofMegabytes(5), 20,
            DataSize.ofMegabytes(50), 100);

    @Test
    void readsADatasetAtTheRootOrInOneFolderAndKeepsOnlyItsFiles() {
        byte[] rooted = TestDatasets.zip(Map.of("kizuna.yaml", bytes("format: kizuna/1"), "parts.csv", bytes("id,name\n"),
                "README.md", bytes("ignored")));
        assertThat(DatasetArchive.read(rooted, LIMITS).files().keySet()).containsExactly("kizuna.yaml", "parts.csv");
        byte[] folder = TestDatasets.zip(Map.of("jp/kizuna.yaml", bytes("format: kizuna/1"), "jp/parts.csv", bytes("id\n"),
                "other/parts.csv", bytes("x")));
        assertThat(DatasetArchive.read(folder, LIMITS).files()).containsEntry("parts.csv", "id\n").hasSize(2);
    }

    @Test
    void roundTripsThroughToZip() {
        DatasetFiles seed = TestDatasets.seed();
        assertThat(DatasetArchive.read(DatasetArchive.toZip(seed), LIMITS)).isEqualTo(seed);
    }

    @Test
    void refusesTooManyEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("kizuna.yaml", bytes("format: kizuna/1"));
        for (int i = 0; i < 25; i++) {
            entries.put("f" + i + ".csv", bytes("a"));
        }
        assertThatThrownBy(() -> DatasetArchive.read(TestDatasets.zip(entries), LIMITS))
                .isInstanceOf(ArchiveRejectedException.class).hasMessageContaining("more than 20 entries");
    }

    @Test
    void stopsAZipBombByItsInflationRatio() {
        byte[] zeros = new byte[8 * 1024 * 1024];
        byte[] bomb = TestDatasets.zip(Map.of("kizuna.yaml", bytes("format: kizuna/1"), "parts.csv", zeros));
        assertThat(bomb.length).as("the bomb compresses well").isLessThan(zeros.length / 200);
        assertThatThrownBy(() -> DatasetArchive.read(bomb, LIMITS))
                .isInstanceOf(ArchiveRejectedException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void refusesPathsOutsideTheArchiveNonZipsAndOversizedUploads() {
        byte[] slip = TestDatasets.zip(Map.of("../kizuna.yaml", bytes("format: kizuna/1")));
        assertThatThrownBy(() -> DatasetArchive.read(slip, LIMITS)).hasMessageContaining("outside the archive");
        assertThatThrownBy(() -> DatasetArchive.read(bytes("not a zip"), LIMITS)).isInstanceOf(ArchiveRejectedException.class);
        KizunaProperties.Upload tiny = new KizunaProperties.Upload(DataSize.ofBytes(10), 20, DataSize.ofMegabytes(1), 100);
        assertThatThrownBy(() -> DatasetArchive.read(TestDatasets.zip(TestDatasets.seed()), tiny))
                .hasMessageContaining("more than the limit");
        byte[] none = TestDatasets.zip(Map.of("parts.csv", bytes("id\n")));
        assertThatThrownBy(() -> DatasetArchive.read(none, LIMITS)).hasMessageContaining("no kizuna.yaml");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "id,name\nx,Gr\u00fcn\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zip = TestDatasets.zip(Map.of("kizuna.yaml", bytes("format: kizuna/1"), "parts.csv", latin1));
        assertThatThrownBy(() -> DatasetArchive.read(zip, LIMITS)).hasMessageContaining("not UTF-8");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
