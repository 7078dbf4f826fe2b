package dev.kizuna.cli.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.Json;
import dev.kizuna.cli.KizunaCommand;
import dev.kizuna.cli.UserError;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.StockpilePlanner;
import dev.kizuna.stress.SurgeAnalysis;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SurgeAndStockpileCommandTest {
    private static SupplyNetwork network() {
        return NetworkCompiler.compile(StressCommandTest.twoTier().build());
    }

    @Test
    void surgeJsonAndText() throws Exception {
        // 4 weeks at factor 2: motors (6 + 4) * 4 + 20 = 60 make 30 drones, + 5 in stock = 35 < 40 required
        SurgeAnalysis.Result result = SurgeCommand.run(network(), "s", 4, 2);
        JsonNode json = new ObjectMapper().readTree(Json.toString(SurgeCommand.SurgeReport.of(result)));
        assertThat(json.get("maxUnits").asDouble()).isCloseTo(35, within(1e-6));
        assertThat(json.get("requiredUnits").asDouble()).isEqualTo(40);
        assertThat(json.get("demandMet").asBoolean()).isFalse();
        assertThat(json.get("shortfallUnits").asDouble()).isCloseTo(5, within(1e-6));
        assertThat(json.get("limits").findValuesAsText("kind")).contains("sourceCapacity", "pooledStock");
        StringWriter text = new StringWriter();
        SurgeCommand.print(result, new PrintWriter(text));
        assertThat(text.toString()).contains("most units deliverable: 35").contains("NOT met, short by 5 units")
                .contains("capacity of m at x");
        assertThatThrownBy(() -> SurgeCommand.run(network(), "nope", 4, 1)).isInstanceOf(UserError.class)
                .hasMessageContaining("nope");
    }

    @Test
    void stockpileJsonAndText() throws Exception {
        // budget 1100 at rate 0.25: 42 motors (1050) fix site:x; site:f would need 15 drones (3750) more
        StockpilePlanner.Plan plan = StockpileCommand.run(network(), StressCommand.Request.defaults(), 1100, 0.25, 50,
                SweepProgress.NONE);
        JsonNode json = new ObjectMapper().readTree(Json.toString(StockpileCommand.StockpileReport.of(plan)));
        assertThat(json.get("totalCost").asDouble()).isCloseTo(1050, within(1e-4));
        assertThat(json.get("purchases").get(0).get("part").asText()).isEqualTo("m");
        assertThat(json.get("purchases").get(0).get("units").asDouble()).isCloseTo(42, within(1e-4));
        assertThat(json.get("fixedScenarios").get(0).get("events").get(0).asText()).isEqualTo("site:x");
        assertThat(json.get("notFixedScenarios").get(0).get("extraCostToFix").asDouble()).isCloseTo(3750, within(1e-4));
        StringWriter text = new StringWriter();
        StockpileCommand.print(plan, "USD", new PrintWriter(text));
        assertThat(text.toString()).contains("1,050.00").contains("site:x").contains("3,750.00 more a year");
    }

    @Test
    void commandsAreRegisteredAndReportAMissingDataset() {
        CommandLine commandLine = KizunaCommand.commandLine();
        assertThat(commandLine.getSubcommands()).containsKeys("stress", "surge", "stockpile");
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("stress", "/nonexistent/kizuna-dataset")).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString()).contains("no such directory");
        assertThat(commandLine.execute("stress", "/nonexistent/kizuna-dataset", "--event", "plant:x"))
                .isEqualTo(ExitCodes.USAGE);
    }
}
