package dev.kizuna.cli.planning;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.kizuna.cli.planning.FixAndMatchCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code plan --target tts=...} on the example, and every fix-and-match command on a zip of the example. */
class PlanSurvivalAndZipCommandsTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "jp-us-uav");

    @Test
    void ttsTargetQualifiesAnUpSiteFlightControllerAndReportsTtsBeforeAndAfter() throws Exception {
        // losing the Shenzhen site stops the only F7 flight controller source: stock lasts 5 of the 6 weeks
        FixAndMatchCommandsTest.Run run = run("plan", EXAMPLE.toString(), "--target", "tts=site:cn-yunque-shenzhen",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("status").asText()).isEqualTo("planned");
        JsonNode check = report.get("survival").get(0);
        assertThat(report.get("survival").size()).isEqualTo(1);
        assertThat(check.get("target").asText()).isEqualTo("tts:site:cn-yunque-shenzhen");
        double ttr = check.get("ttrWeeks").asDouble();
        assertThat(ttr).isEqualTo(6);
        assertThat(check.get("ttsWeeksBefore").asDouble()).isLessThan(ttr);
        assertThat(check.get("metBefore").asBoolean()).isFalse();
        assertThat(check.get("ttsWeeksAfter").asDouble()).isGreaterThanOrEqualTo(ttr);
        assertThat(check.get("metAfter").asBoolean()).isTrue();
        assertThat(check.get("necessaryParts").get(0).asText()).isEqualTo("fc-f7-cn");
        List<String> fcOffers = new ArrayList<>();
        for (JsonNode action : report.get("actions")) {
            if (action.get("part").asText().equals("fc-f7-cn")) {
                action.get("qualify").forEach(q -> fcOffers.add(q.get("offer").asText()));
            }
        }
        assertThat(fcOffers).isNotEmpty().allMatch(id -> id.startsWith("off-") && id.endsWith("fc-f7"));
        JsonNode target = report.get("targets").get(0);
        assertThat(target.get("id").asText()).isEqualTo("tts:site:cn-yunque-shenzhen");
        assertThat(target.get("metAfter").asBoolean()).isTrue();

        FixAndMatchCommandsTest.Run text = run("plan", EXAMPLE.toString(), "--target", "tts:site:cn-yunque-shenzhen");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Time to survive (stress LP, spec 3.9) before -> after")
                .containsPattern("site:cn-yunque-shenzhen +6 +5 +[0-9.]+ +yes");
    }

    @Test
    void ttsTargetsThatCannotBeMetConflictAndBadEventsAreUsageErrors() throws Exception {
        // the Hsinchu fab has no offer for its FPGA and vision processor anywhere else
        FixAndMatchCommandsTest.Run run = run("plan", EXAMPLE.toString(), "--target", "tts=site:tw-jadeharbor-hsinchu",
                "--format", "json");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.json().get("conflicts").get("targets").get(0).asText()).isEqualTo("tts:site:tw-jadeharbor-hsinchu");
        assertThat(run.json().get("survival").get(0).get("possible").asBoolean()).isFalse();
        assertThat(run("plan", EXAMPLE.toString(), "--target", "tts=site:no-such-site").exitCode()).isEqualTo(2);
        assertThat(run("plan", EXAMPLE.toString(), "--target", "tts=nonsense").exitCode()).isEqualTo(2);
    }

    static Path zipOf(Path directory, Path zip, String prefix) throws IOException {
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

    @Test
    void aZippedDatasetWorksWhereverADirectoryDoes(@TempDir Path dir) throws Exception {
        Path zip = zipOf(EXAMPLE, dir.resolve("jp-us-uav.zip"), "jp-us-uav/");
        String[][] commands = {
                {"check", "%s", "--on", "2027-06-01", "--format", "json"},
                {"plan", "%s", "--format", "json"},
                {"plan", "%s", "--target", "rules", "--budget", "10000", "--format", "json"},
                {"match", "%s", "--format", "json"},
        };
        for (String[] command : commands) {
            FixAndMatchCommandsTest.Run fromDirectory = run(fill(command, EXAMPLE.toString()));
            FixAndMatchCommandsTest.Run fromZip = run(fill(command, zip.toString()));
            assertThat(fromZip.exitCode()).as(String.join(" ", command) + ": " + fromZip.err())
                    .isEqualTo(fromDirectory.exitCode());
            assertThat(fromZip.out()).as(String.join(" ", command)).isEqualTo(fromDirectory.out());
        }
        // the rules and offers really came from the zip: violations found, offers matched
        assertThat(run("check", zip.toString(), "--on", "2027-06-01", "--format", "json").json().get("violations").size())
                .isPositive();
        assertThat(run("match", zip.toString(), "--format", "json").json().get("matches").size()).isPositive();
        // a rule path through the zip
        FixAndMatchCommandsTest.Run oneRule = run("check", zip.toString(), "--rules",
                zip.resolve("rules").resolve("us-ndaa-fy2020-848.yaml").toString(), "--on", "2027-06-01", "--format", "json");
        assertThat(oneRule.exitCode()).as(oneRule.err()).isEqualTo(5);
        assertThat(run("check", zip.toString(), "--rules", zip.resolve("nothing-here").toString()).exitCode())
                .isNotZero().isNotEqualTo(5);

        Path out = dir.resolve("agenda");
        FixAndMatchCommandsTest.Run agenda = run("agenda", zip.toString(), "--slots", "2026-03-10T09:00/30/6", "--rooms",
                "3", "--pairs", "12", "--out", out.toString(), "--format", "json");
        assertThat(agenda.exitCode()).as(agenda.err()).isZero();
        assertThat(agenda.json().get("meetings").asInt()).isPositive();

        FixAndMatchCommandsTest.Run screen = run("screen", zip.toString(), "--list",
                EXAMPLE.resolve("screening").resolve("fictional-csl.csv").toString(), "--format", "json");
        assertThat(screen.exitCode()).as(screen.err()).isEqualTo(6);

        // a list carried inside the zipped dataset is found by its path in the dataset
        FixAndMatchCommandsTest.Run inside = run("screen", zip.toString(), "--list", "screening/fictional-csl.csv",
                "--format", "json");
        assertThat(inside.exitCode()).as(inside.err()).isEqualTo(6);
        assertThat(inside.json().get("hits")).isEqualTo(screen.json().get("hits"));
        FixAndMatchCommandsTest.Run missing = run("screen", zip.toString(), "--list", "screening/absent.csv");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("screening/absent.csv");
    }

    private static String[] fill(String[] command, String dataset) {
        return java.util.Arrays.stream(command).map(a -> a.equals("%s") ? dataset : a).toArray(String[]::new);
    }
}
