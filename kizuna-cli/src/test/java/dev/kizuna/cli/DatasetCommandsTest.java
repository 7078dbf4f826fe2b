package dev.kizuna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** validate, assess and generate end to end, on files, through the real command line. */
class DatasetCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CLASSES = List.of("home", "ally", "partner", "other", "concern", "unknown");

    @Test
    void validateAcceptsTheIllustrativeDataset() {
        CliRun run = CliRun.of("validate", CliRun.example().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid kizuna/1 dataset");
    }

    @Test
    void validateListsEveryProblemWithFileAndLineAndExitsNonZero(@TempDir Path dir) throws IOException {
        copyExample(dir);
        Path parts = dir.resolve("parts.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(parts));
        lines.add("cell-21700-hp,duplicate,battery-cell,-5,,");
        Files.write(parts, lines);
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_DATASET);
        int line = lines.size();
        assertThat(run.out()).containsPattern("parts\\.csv:" + line + ": .*cell-21700-hp")
                .containsPattern("parts\\.csv:" + line + ": .*unit_cost");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void assessOnAnInvalidDatasetPrintsTheReportAndStops(@TempDir Path dir) throws IOException {
        copyExample(dir);
        Files.delete(dir.resolve("sites.csv"));
        CliRun run = CliRun.of("assess", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_DATASET);
        assertThat(run.err()).contains("sites.csv:").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingDirectoryIsAnIoError() {
        CliRun run = CliRun.of("assess", "/no/such/dataset");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).contains("/no/such/dataset").doesNotContain("\tat ");
    }

    @Test
    void assessJsonHasExactlyTheContractKeys() throws IOException {
        CliRun run = CliRun.of("assess", CliRun.example().toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(names(root)).containsExactly("dataset", "systems", "fleet", "parts", "singleSourceParts");
        assertThat(names(root.get("dataset"))).containsExactly("name", "home", "currency", "counts");
        assertThat(names(root.get("dataset").get("counts")))
                .containsExactly("organizations", "sites", "parts", "bomLines", "sources", "systems");
        JsonNode system = root.get("systems").get(0);
        assertThat(names(system)).containsExactly("id", "name", "value", "content", "coverage", "concernExposures");
        assertThat(names(system.get("content"))).containsExactly("location", "control");
        assertThat(names(system.get("content").get("location"))).containsExactlyElementsOf(CLASSES);
        assertThat(names(root.get("fleet"))).containsExactly("units", "origin");
        assertThat(names(root.get("fleet").get("origin"))).containsExactlyElementsOf(CLASSES);
        assertThat(names(root.get("parts").get(0))).containsExactly("id", "qualifiedSources", "countryHhi", "systems");
        assertThat(names(root.get("singleSourceParts").get(0))).containsExactly("part", "site", "country", "systems");
        JsonNode exposure = null;
        for (JsonNode s : root.get("systems")) {
            if (!s.get("concernExposures").isEmpty()) {
                exposure = s.get("concernExposures").get(0);
            }
        }
        assertThat(exposure).isNotNull();
        assertThat(names(exposure)).containsExactly("part", "site", "country", "basis", "path");
    }

    /** The bundled fleet is sized so that exactly 30% of it is made at home (issue 2). */
    @Test
    void illustrativeFleetIsThirtyPercentHome() throws IOException {
        JsonNode root = JSON.readTree(CliRun.of("assess", CliRun.example().toString(), "--format", "json").out());
        assertThat(root.get("fleet").get("origin").get("home").asDouble()).isEqualTo(0.30, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(root.get("dataset").get("counts").get("parts").asInt()).isGreaterThanOrEqualTo(120);
        assertThat(root.get("systems")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void textReportShowsSystemsFleetSingleSourcesConcentrationAndExposures() {
        CliRun run = CliRun.of("assess", CliRun.example().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Systems: value of one unit", "location", "control", "Fleet origin",
                "home 30.0%", "Single-source parts", "Most concentrated parts", "Concern exposures", " > ");
    }

    @Test
    void zipWorksLikeADirectory(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("jp-us-uav.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.list(CliRun.example())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry("jp-us-uav/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        CliRun fromZip = CliRun.of("assess", zip.toString(), "--format", "json");
        CliRun fromDir = CliRun.of("assess", CliRun.example().toString(), "--format", "json");
        assertThat(fromZip.exitCode()).as(fromZip.err()).isZero();
        assertThat(fromZip.out()).isEqualTo(fromDir.out());
    }

    @Test
    void generateWritesTheSameBytesForTheSameArgumentsAndAValidDataset(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(CliRun.of("generate", "--parts", "600", "--seed", "42", a.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--parts", "600", "--seed", "42", b.toString()).exitCode()).isZero();
        try (Stream<Path> files = Files.list(a)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(file)).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(b.resolve(file.getFileName())));
            }
        }
        CliRun validate = CliRun.of("validate", a.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        CliRun assess = CliRun.of("assess", a.toString(), "--format", "json");
        assertThat(assess.exitCode()).as(assess.err()).isZero();
    }

    @Test
    void generateRefusesANonDatasetDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("generate", "--parts", "100", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).contains("not empty");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("assess", CliRun.example().toString(), "--colour", "red");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--colour");
    }

    private static void copyExample(Path target) throws IOException {
        try (Stream<Path> files = Files.list(CliRun.example())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
