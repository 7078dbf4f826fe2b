package dev.kizuna.cli.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.cli.Json;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StressCommandTest {

    /**
     * System s (5/week, 10 per lost unit) takes drone d from site f (capacity 10/week, TTR 4, 5 in stock);
     * a drone needs 2 motors from x (6/week, TTR 12) or y (4/week, TTR 3), plus 20 pooled motors.
     * Hand results: x: TTS 5, lost 21, impact 210; f: TTS 1, lost 15, impact 150; y: TTS 7.5, impact 0.
     */
    static DatasetBuilder twoTier() {
        return DatasetBuilder.jpUs()
                .organization("o", "JP").organization("u", "US")
                .site("f", "o", "JP", 10, Double.NaN, 4)
                .site("x", "u", "US", Double.NaN, Double.NaN, 12)
                .site("y", "u", "US", Double.NaN, Double.NaN, 3)
                .part("d", 1000).part("m", 100)
                .source("d", "f", Double.NaN)
                .source("m", "x", Double.NaN, SourceStatus.QUALIFIED, 6)
                .source("m", "y", Double.NaN, SourceStatus.QUALIFIED, 4)
                .bom("d", "m", 2)
                .stock("d", "f", 5).stock("m", null, 20)
                .system("s", "d", 5, 10);
    }

    private static SupplyNetwork network() {
        return NetworkCompiler.compile(twoTier().build());
    }

    private static List<ScenarioOutcome> run(StressCommand.Request request) {
        return StressCommand.run(network(), request, SweepProgress.NONE);
    }

    @Test
    void jsonHasTheContractKeysInOrder() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Json.toString(StressReport.of(run(StressCommand.Request.defaults()))));
        assertThat(fields(root)).containsExactly("scenarios");
        JsonNode first = root.get("scenarios").get(0);
        assertThat(fields(first)).containsExactly("events", "ttrWeeks", "performanceImpact", "lostUnits", "ttsWeeks",
                "ttsCapped", "riskExposureIndex");
        assertThat(first.get("events").get(0).asText()).isEqualTo("site:x");
        assertThat(first.get("ttrWeeks").asDouble()).isEqualTo(12);
        assertThat(first.get("performanceImpact").asDouble()).isCloseTo(210, within(1e-6));
        assertThat(first.get("lostUnits").get("s").asDouble()).isCloseTo(21, within(1e-6));
        assertThat(first.get("ttsWeeks").asDouble()).isCloseTo(5, within(1e-6));
        assertThat(first.get("ttsCapped").asBoolean()).isFalse();
        assertThat(first.get("riskExposureIndex").asDouble()).isEqualTo(1.0);
        assertThat(root.get("scenarios")).hasSize(3);
    }

    @Test
    void scenarioWithoutTtrHasNullImpactAndEmptyLostUnits() throws Exception {
        List<ScenarioOutcome> outcomes = run(new StressCommand.Request(
                List.of(DisruptionEvent.parse("part:m").orElseThrow()), Double.NaN, 520, 1));
        JsonNode scenario = new ObjectMapper().readTree(Json.toString(StressReport.of(outcomes))).get("scenarios").get(0);
        assertThat(scenario.get("ttrWeeks").isNull()).isTrue();
        assertThat(scenario.get("performanceImpact").isNull()).isTrue();
        assertThat(scenario.get("riskExposureIndex").isNull()).isTrue();
        assertThat(scenario.get("lostUnits").isEmpty()).isTrue();
        // 20 pooled motors make 10 drones, + 5 in stock = 15 = 5t at t = 3
        assertThat(scenario.get("ttsWeeks").asDouble()).isCloseTo(3, within(1e-6));
    }

    @Test
    void severalEventsMakeOneScenarioAndTtrCanBeOverridden() {
        // x and y down for 2 weeks: 15 units cover 10 of demand: nothing lost, TTS 3
        List<ScenarioOutcome> outcomes = run(new StressCommand.Request(List.of(
                DisruptionEvent.parse("site:x").orElseThrow(), DisruptionEvent.parse("site:y").orElseThrow()), 2, 520, 1));
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).events()).containsExactly("site:x", "site:y");
        assertThat(outcomes.get(0).ttrWeeks()).isEqualTo(2);
        assertThat(outcomes.get(0).performanceImpact()).isZero();
        assertThat(outcomes.get(0).ttsWeeks()).isCloseTo(3, within(1e-6));
    }

    @Test
    void textRanksAndHighlightsShortSurvival() {
        StringWriter text = new StringWriter();
        StressText.print(network(), run(StressCommand.Request.defaults()), 520, 20, new PrintWriter(text));
        String report = text.toString();
        assertThat(report).contains("site:x").contains("TTS 5 < TTR 12 weeks: short by 7 weeks")
                .contains("TTS 1 < TTR 4 weeks: short by 3 weeks")
                .contains("2 scenario(s) outlast their time to survive")
                .contains("capacity of m at y").contains("pooled stock of m runs out")
                .contains("production stops: m at x");
        assertThat(report.indexOf("site:x")).isLessThan(report.indexOf("site:f"));
    }

    @Test
    void badEventsAreUserErrors() {
        assertThatThrownBy(() -> dev.kizuna.cli.EventArguments.parse(List.of("plant:x"), dev.kizuna.cli.ExitCodes.USAGE, "")).isInstanceOf(UserError.class)
                .hasMessageContaining("kind:ID");
        assertThatThrownBy(() -> run(new StressCommand.Request(List.of(DisruptionEvent.parse("site:nope").orElseThrow()),
                Double.NaN, 520, 1))).isInstanceOf(UserError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> new StressCommand.Request(List.of(), -1, 520, 1)).isInstanceOf(UserError.class);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
