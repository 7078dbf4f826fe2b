package dev.kizuna.cli.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.cli.KizunaCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fix-and-match commands on the illustrative dataset, through the real command line. */
class FixAndMatchCommandsTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "jp-us-uav");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        CommandLine commandLine = KizunaCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkListsViolationsWithEvidenceAndTheNextChange() throws Exception {
        Run run = run("check", EXAMPLE.toString(), "--on", "2027-06-01", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        JsonNode report = run.json();
        assertThat(report.get("date").asText()).isEqualTo("2027-06-01");
        List<String> evidence = new ArrayList<>();
        report.get("violations").forEach(v -> evidence.add(v.get("evidence").asText()));
        assertThat(evidence).contains("sys-kestrel-isr: kit-kestrel -> av-kestrel -> fc-f7-cn @ cn-yunque-shenzhen (CN, location)");
        assertThat(report.get("nextChange").get("date").asText()).isEqualTo("2028-01-01");
        assertThat(report.get("nextChange").get("rulesChanging").get(0).asText()).isEqualTo("ndaa-fy2026-batteries");
        List<String> added = new ArrayList<>();
        report.get("nextChange").get("added").forEach(v -> added.add(v.get("part").asText()));
        assertThat(added).contains("cell-lipo-hv", "pack-6s-5000");
        // the day before the battery rule, on it, after it
        assertThat(count(run("check", EXAMPLE.toString(), "--on", "2027-12-31", "--format", "json"), "ndaa-fy2026-batteries")).isZero();
        assertThat(count(run("check", EXAMPLE.toString(), "--on", "2028-01-01", "--format", "json"), "ndaa-fy2026-batteries")).isPositive();
        assertThat(count(run("check", EXAMPLE.toString(), "--on", "2028-01-02", "--format", "json"), "ndaa-fy2026-batteries")).isPositive();
    }

    private static long count(Run run, String rule) throws Exception {
        long count = 0;
        for (JsonNode v : run.json().get("violations")) {
            count += v.get("rule").asText().equals(rule) ? 1 : 0;
        }
        return count;
    }

    @Test
    void defaultPlanRemovesConcernCriticalComponentsAndLiftsAlliedContent() throws Exception {
        Run run = run("plan", EXAMPLE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("status").asText()).isEqualTo("planned");
        assertThat(report.get("before").get("violations").asInt()).isPositive();
        assertThat(report.get("after").get("violations").asInt()).isZero();
        assertThat(report.get("after").get("fleetHomeAlly").asDouble())
                .isGreaterThan(report.get("before").get("fleetHomeAlly").asDouble());
        for (JsonNode target : report.get("targets")) {
            assertThat(target.get("metAfter").asBoolean()).as(target.get("id").asText()).isTrue();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode action : report.get("actions")) {
            parts.add(action.get("part").asText());
            if (List.of("fc-f7-cn", "video-link-hd", "cell-lipo-hv", "lens-wide-fixed").contains(action.get("part").asText())) {
                assertThat(action.get("risk").get("concernShareAfter").asDouble()).isZero();
            }
        }
        assertThat(parts).contains("fc-f7-cn", "video-link-hd", "cell-lipo-hv", "lens-wide-fixed");
        // deterministic
        assertThat(run("plan", EXAMPLE.toString(), "--format", "json").out()).isEqualTo(run.out());
    }

    @Test
    void planWithConflictingTargetsNamesThemAndExitsFour() throws Exception {
        Run run = run("plan", EXAMPLE.toString(), "--target", "rules", "--budget", "10000", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(4);
        JsonNode conflicts = run.json().get("conflicts");
        List<String> ids = new ArrayList<>();
        conflicts.get("targets").forEach(t -> ids.add(t.asText()));
        assertThat(ids).contains("budget").allMatch(id -> id.equals("budget") || id.startsWith("rule:"));
    }

    @Test
    void matchIsSortedAndDeterministic() throws Exception {
        Run run = run("match", EXAMPLE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode matches = run.json().get("matches");
        assertThat(matches.size()).isPositive();
        double previous = Double.MAX_VALUE;
        boolean fc = false;
        for (JsonNode m : matches) {
            double score = m.get("score").asDouble();
            assertThat(score).isLessThanOrEqualTo(previous).isPositive();
            previous = score;
            fc |= m.get("part").asText().equals("fc-f7-cn") && m.get("seller").asText().equals("us-ardent-avionics")
                    && m.get("buyer").asText().equals("jp-tsubasa-aero");
        }
        assertThat(fc).isTrue();
        assertThat(run("match", EXAMPLE.toString(), "--format", "json").out()).isEqualTo(run.out());
    }

    @Test
    void screenFlagsListedEntitiesAndSubsidiaries() throws Exception {
        Run run = run("screen", EXAMPLE.toString(), "--list",
                EXAMPLE.resolve("screening").resolve("fictional-csl.csv").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(6);
        List<String> found = new ArrayList<>();
        for (JsonNode hit : run.json().get("hits")) {
            found.add(hit.get("organization").asText() + " " + hit.get("band").asText() + " " + hit.get("chain"));
        }
        assertThat(found).contains("cn-yunque-avionics exact [\"cn-yunque-avionics\"]",
                "cn-zhuoling-semicon exact [\"cn-zhuoling-semicon\"]",
                "jp-kaiun-trading exact [\"jp-kaiun-trading\",\"cn-zhuoling-semicon\"]");
        assertThat(found).anyMatch(f -> f.startsWith("us-tessellate-radio review"));
    }

    @Test
    void agendaWritesDocumentsAndOneCalendarPerParticipant(@TempDir Path out) throws Exception {
        Run run = run("agenda", EXAMPLE.toString(), "--slots", "2026-03-10T09:00/30/6", "--slots",
                "2026-03-10T13:00/30/4", "--rooms", "3", "--pairs", "12", "--out", out.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("meetings").asInt()).isPositive();
        assertThat(Files.readString(out.resolve("agenda.md"))).contains("| time | room | buyer | seller |");
        assertThat(Files.readString(out.resolve("agenda.html"))).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(out.resolve("ics"))) {
            List<Path> calendars = files.sorted().toList();
            assertThat(calendars).isNotEmpty();
            for (Path ics : calendars) {
                String text = Files.readString(ics, StandardCharsets.UTF_8);
                assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
                assertThat(text.replace("\r\n", "")).doesNotContain("\n");
                for (String line : text.split("\r\n")) {
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
                }
            }
        }
        // no company twice in a slot
        List<String> seen = new ArrayList<>();
        for (JsonNode m : report.get("agenda")) {
            for (String company : List.of(m.get("buyer").asText(), m.get("seller").asText())) {
                String key = m.get("start").asText() + " " + company;
                assertThat(seen).doesNotContain(key);
                seen.add(key);
            }
        }
    }

    @Test
    void brokenRulePackIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("bad.yaml");
        Files.writeString(pack, "format: kizuna-rules/1\nrules:\n  - id: x\n    binds: everyone\n    covers: {components: [radio]}\n"
                + "    prohibits: {countries: [XX]}\n");
        Run run = run("check", EXAMPLE.toString(), "--rules", pack.toString(), "--on", "2027-01-01");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.yaml:6: 'XX' is not an ISO 3166-1 alpha-2 country code");
    }
}
