package dev.kizuna.cli.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.KizunaCommand;
import dev.kizuna.cli.UserError;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** drone from jp1 or us1, both need motor from cn1 (p 0.1) or us2 (p 0.2); a CN country event. */
    static DatasetCommand.LoadedDataset sample() {
        Dataset dataset = DatasetBuilder.jpUs()
                .organization("o-jp", "JP").organization("o-us", "US").organization("o-cn", "CN")
                .site("jp1", "o-jp", "JP", Double.NaN, 0.05, 2).site("us1", "o-us", "US", Double.NaN, 0.05, 2)
                .site("us2", "o-us", "US", Double.NaN, 0.2, 2).site("cn1", "o-cn", "CN", Double.NaN, 0.1, 2)
                .country("CN", 0.3, 20)
                .part("drone", 100).part("motor", 10)
                .source("drone", "jp1", Double.NaN).source("drone", "us1", Double.NaN)
                .source("motor", "cn1", 0.5).source("motor", "us2", 0.5)
                .bom("drone", "motor", 4)
                .system("quad", "drone", 10, 2000)
                .build();
        return new DatasetCommand.LoadedDataset(dataset, NetworkCompiler.compile(dataset), List.of());
    }

    record Run(String out, String err) {
    }

    private static <T> Run run(T command, BiConsumer<T, DatasetCommand.LoadedDataset> body, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // as KizunaCommand.commandLine() does
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        commandLine.parseArgs(all.toArray(String[]::new));
        body.accept(command, sample());
        return new Run(out.toString(), err.toString());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void knockoutJsonHasExactlyTheContractKeys() throws Exception {
        Run run = run(new KnockoutCommand(), KnockoutCommand::report, "dir", "--event", "site:cn1", "--format", "json");
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(keys(json)).containsExactly("events", "systems");
        assertThat(json.get("events").get(0).asText()).isEqualTo("site:cn1");
        JsonNode quad = json.get("systems").get(0);
        assertThat(keys(quad)).containsExactly("id", "available", "volumeFraction", "weeklyValueAtRisk");
        assertThat(quad.get("volumeFraction").asDouble()).isEqualTo(0.5);
        assertThat(quad.get("weeklyValueAtRisk").asDouble()).isEqualTo(0.5 * 10 * 2000);
    }

    @Test
    void knockoutTextShowsUnitsAndWhyASystemStops() {
        Run run = run(new KnockoutCommand(), KnockoutCommand::report, "dir", "--event", "country:CN", "--event", "site:us2");
        assertThat(run.out()).contains("value at risk / week (USD)", "20,000.00", "NO",
                "quad: drone [missing a component: jp1, us1] -> motor [site down: cn1, us2]");
    }

    @Test
    void badEventsAreUserErrors() {
        assertThatThrownBy(() -> run(new KnockoutCommand(), KnockoutCommand::report, "dir", "--event", "plant:x"))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown event 'plant:x'")
                .extracting(e -> ((UserError) e).exitCode()).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThatThrownBy(() -> run(new KnockoutCommand(), KnockoutCommand::report, "dir", "--event", "site:nowhere"))
                .isInstanceOf(UserError.class).hasMessageContaining("site:nowhere");
        assertThatThrownBy(() -> run(new KnockoutCommand(), KnockoutCommand::report, "dir", "--event", "country:XX"))
                .isInstanceOf(UserError.class).hasMessageContaining("country code");
    }

    @Test
    void sweepRanksSitesAndRejectsABadBasis() throws Exception {
        Run run = run(new SweepCommand(), SweepCommand::report, "dir", "--basis", "site", "--format", "json", "--top", "2");
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("events").asInt()).isEqualTo(4);
        assertThat(json.get("ranking")).hasSize(2);
        assertThat(json.get("ranking").get(0).get("event").asText()).isEqualTo("site:cn1");
        Run text = run(new SweepCommand(), SweepCommand::report, "dir", "--basis", "org");
        assertThat(text.out()).contains("org:o-cn", "value at risk / week (USD)");
        assertThatThrownBy(() -> run(new SweepCommand(), SweepCommand::report, "dir", "--basis", "planet"))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown basis 'planet'")
                .hasMessageContaining("site, org, country, control");
    }

    @Test
    void cutSetsJsonAndText() throws Exception {
        Run run = run(new CutSetsCommand(), CutSetsCommand::report, "dir", "--system", "quad", "--basis", "site",
                "--max-order", "2", "--format", "json");
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(keys(json)).containsExactly("system", "basis", "maxOrder", "cutSets");
        assertThat(json.get("cutSets").toString()).isEqualTo("[[\"site:cn1\",\"site:us2\"],[\"site:jp1\",\"site:us1\"]]");
        Run text = run(new CutSetsCommand(), CutSetsCommand::report, "dir", "--system", "quad", "--max-order", "2");
        assertThat(text.out()).contains("site:cn1 + site:us2", "drone [missing a component: jp1, us1] -> motor");
        assertThatThrownBy(() -> run(new CutSetsCommand(), CutSetsCommand::report, "dir", "--system", "nope"))
                .isInstanceOf(UserError.class).hasMessageContaining("no system 'nope'").hasMessageContaining("quad");
        assertThatThrownBy(() -> run(new CutSetsCommand(), CutSetsCommand::report, "dir", "--system", "quad",
                "--max-order", "7")).isInstanceOf(UserError.class).hasMessageContaining("between 1 and 4");
    }

    @Test
    void riskJsonHasTheContractKeysAndNullForUndefinedMeasures() throws Exception {
        Run run = run(new RiskCommand(), RiskCommand::report, "dir", "--format", "json");
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(keys(json)).containsExactly("systems");
        JsonNode quad = json.get("systems").get(0);
        assertThat(keys(quad)).containsExactly("id", "unavailability", "importance");
        double motor = 0.1 + 0.3 - 0.1 * 0.3; // cn1 down (own or CN)
        double expected = 1 - (1 - 0.05 * 0.05) * (1 - motor * 0.2);
        assertThat(quad.get("unavailability").asDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(keys(quad.get("importance").get(0)))
                .containsExactly("event", "birnbaum", "fussellVesely", "riskAchievementWorth", "riskReductionWorth");
        Run text = run(new RiskCommand(), RiskCommand::report, "dir");
        assertThat(text.out()).contains("System quad: unavailability", "Birnbaum", "country:CN");
    }

    @Test
    void exportedFaultTreeReadsBackThroughTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quad.xml");
        run(new ExportFaultTreeCommand(), ExportFaultTreeCommand::report, "dir", "--system", "quad", "--output",
                file.toString());
        assertThat(Files.readString(file)).startsWith("<?xml").contains("<opsa-mef>");
        StringWriter out = new StringWriter();
        CommandLine commandLine = KizunaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        int code = commandLine.execute("risk", "--fault-tree", file.toString(), "--format", "json");
        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = MAPPER.readTree(out.toString());
        Run risk = run(new RiskCommand(), RiskCommand::report, "dir", "--format", "json");
        assertThat(json.get("probability").asDouble()).isCloseTo(
                MAPPER.readTree(risk.out()).get("systems").get(0).get("unavailability").asDouble(),
                org.assertj.core.api.Assertions.within(1e-15));
        assertThat(json.get("topEvent").asText()).isEqualTo("system:quad");
        assertThat(json.get("cutSets").get(0).toString()).isEqualTo("[\"country:CN\",\"site:us2\"]");
    }

    @Test
    void xxeFaultTreeIsRefusedWithAMessageAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path xxe = dir.resolve("evil.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opsa-mef>&x;</opsa-mef>");
        StringWriter err = new StringWriter();
        CommandLine commandLine = KizunaCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute("risk", "--fault-tree", xxe.toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(err.toString()).contains("DOCTYPE declarations are not allowed").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void riskNeedsEitherADatasetOrAFaultTree() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = KizunaCommand.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("risk")).isEqualTo(ExitCodes.USAGE);
    }
}
