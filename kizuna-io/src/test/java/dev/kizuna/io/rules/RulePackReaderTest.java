package dev.kizuna.io.rules;

import dev.kizuna.compliance.Confidence;
import dev.kizuna.compliance.Rule;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RulePackReaderTest {
    @Test
    void readsARule() {
        String yaml = """
                format: kizuna-rules/1
                name: test
                rules:
                  - id: r1
                    title: "no CN flight controllers"
                    source: "a law"
                    confidence: secondary
                    binds: {operators: ["US *"], systems: [sys-a]}
                    covers: {end_product: true, components: [flight-controller, radio]}
                    prohibits: {countries: [CN], classes: [concern], basis: [location, control]}
                    effective: {from: 2025-12-22, until: 2030-01-01}
                    exemptions:
                      - reason: grace
                        until: 2027-01-01
                        part_attributes: {blue_uas: "yes"}
                        end_product_countries: [US]
                """;
        RulePackLoad load = RulePackReader.parse("r.yaml", yaml);
        assertThat(load).isInstanceOf(RulePackLoad.Loaded.class);
        Rule rule = ((RulePackLoad.Loaded) load).pack().rules().get(0);
        assertThat(rule.confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(rule.binds().operators()).containsExactly("US *");
        assertThat(rule.componentCategories()).containsExactlyInAnyOrder("flight-controller", "radio");
        assertThat(rule.prohibits().bases()).containsExactlyInAnyOrder(Basis.LOCATION, Basis.CONTROL);
        assertThat(rule.prohibits().countries()).containsExactly(new CountryCode("CN"));
        assertThat(rule.effectiveFrom()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(rule.exemptions().get(0).partAttributes()).containsEntry("blue_uas", "yes");
        assertThat(rule.changeDates()).containsExactly(LocalDate.of(2025, 12, 22), LocalDate.of(2030, 1, 1),
                LocalDate.of(2027, 1, 1));
    }

    @Test
    void problemsNameTheLineOfTheNode() {
        String yaml = """
                format: kizuna-rules/1
                rules:
                  - id: r1
                    binds: everyone
                    covers: {components: [radio]}
                    prohibits: {countries: [cn], bases: [location]}
                    effective: {from: 2025-13-01}
                  - id: r2
                    binds: everyone
                    covers: {}
                    prohibits: {classes: [enemy]}
                """;
        RulePackLoad load = RulePackReader.parse("r.yaml", yaml);
        assertThat(load).isInstanceOf(RulePackLoad.Rejected.class);
        assertThat(((RulePackLoad.Rejected) load).problems()).extracting(DatasetProblem::toString).containsExactly(
                "r.yaml:6: unknown key 'bases' (expected one of [basis, classes, countries, entities, only_countries])",
                "r.yaml:6: 'cn' is not an ISO 3166-1 alpha-2 country code (upper case)",
                "r.yaml:7: not a date (YYYY-MM-DD): '2025-13-01'",
                "r.yaml:10: rule r2 covers nothing: set end_product: true or list components",
                "r.yaml:11: unknown alignment class 'enemy' (home, ally, partner, other, concern, unknown)");
    }

    @Test
    void theExamplePackLoads() {
        Path pack = Path.of("..", "examples", "jp-us-uav", "rules");
        RulePackLoad load = RulePackReader.read(pack);
        assertThat(load).isInstanceOf(RulePackLoad.Loaded.class);
        assertThat(((RulePackLoad.Loaded) load).pack().rules()).extracting(Rule::id).containsExactly(
                "asda-procurement", "asda-operation", "fcc-covered-list-uas", "ndaa-fy2020-848", "ndaa-fy2026-batteries");
    }
}
