package dev.kizuna.compliance;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceCheckTest {
    private static final LocalDate FROM = LocalDate.of(2025, 12, 22);
    private static final LocalDate UNTIL = LocalDate.of(2030, 1, 1);
    private static final LocalDate EXEMPT_UNTIL = LocalDate.of(2027, 1, 1);

    /** kit (JP) -> av (JP) -> fc at a CN site; radio from a JP site owned by a CN parent. */
    static Dataset dataset() {
        return DatasetBuilder.jpUs()
                .organization("prime", "JP").site("prime-site", "prime", "JP")
                .organization("cn-fc", "CN").site("cn-fc-site", "cn-fc", "CN")
                .organization("cn-parent", "CN")
                .organization("jp-radio", "JP", "cn-parent").site("jp-radio-site", "jp-radio", "JP")
                .part("kit", "uas-kit", 1000).part("av", "air-vehicle", 800)
                .part("fc", "flight-controller", 100).part("radio", "radio", 50)
                .bom("kit", "av", 1).bom("av", "fc", 1).bom("av", "radio", 1)
                .source("kit", "prime-site", Double.NaN).source("av", "prime-site", Double.NaN)
                .source("fc", "cn-fc-site", Double.NaN).source("radio", "jp-radio-site", Double.NaN)
                .system("sys-a", "kit").system("sys-b", "kit")
                .fleet("sys-a", "US Army", 5).fleet("sys-b", "JGSDF", 5)
                .build();
    }

    static Rule rule(LocalDate from, LocalDate until, List<Exemption> exemptions, Set<Basis> bases) {
        return new Rule("r", "test rule", "test", Confidence.PRIMARY,
                new Binding(false, List.of("US *"), List.of(), List.of()), false, false,
                Set.of("flight-controller", "radio"), new Prohibition(Set.of(new CountryCode("CN")), Set.of(), Set.of(),
                List.of(), bases), from, until, exemptions, "");
    }

    static List<Violation> check(Rule rule, LocalDate date) {
        Dataset dataset = dataset();
        return new ComplianceCheck(dataset, NetworkCompiler.compile(dataset)).violations(List.of(rule), date);
    }

    @ParameterizedTest(name = "{0}: {1} violation(s)")
    @CsvSource({"2025-12-21, 0", "2025-12-22, 1", "2025-12-23, 1", "2029-12-31, 1", "2030-01-01, 0", "2030-01-02, 0"})
    void effectiveFromIsInclusiveAndUntilExclusive(LocalDate date, int expected) {
        assertThat(check(rule(FROM, UNTIL, List.of(), Set.of(Basis.LOCATION)), date)).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}: {1} violation(s)")
    @CsvSource({"2026-12-31, 0", "2027-01-01, 1", "2027-01-02, 1"})
    void exemptionHoldsUntilTheDayBeforeItsEnd(LocalDate date, int expected) {
        Exemption exemption = new Exemption("grace", EXEMPT_UNTIL, List.of(), Map.of(), List.of(), Set.of(), Set.of());
        assertThat(check(rule(FROM, null, List.of(exemption), Set.of(Basis.LOCATION)), date)).hasSize(expected);
    }

    @Test
    void violationCarriesTheExplanationPathAndEvidence() {
        List<Violation> violations = check(rule(FROM, null, List.of(), Set.of(Basis.LOCATION)), FROM);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.system()).isEqualTo("sys-a");
            assertThat(v.path()).containsExactly("kit", "av", "fc");
            assertThat(v.evidence()).isEqualTo("sys-a: kit -> av -> fc @ cn-fc-site (CN, location)");
            assertThat(v.organization()).isEqualTo("cn-fc");
        });
    }

    @Test
    void controlBasisFollowsTheOwnershipChain() {
        List<Violation> violations = check(rule(FROM, null, List.of(), Set.of(Basis.LOCATION, Basis.CONTROL)), FROM);
        assertThat(violations).extracting(Violation::part, Violation::basis, Violation::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fc", "control", "CN"),
                        org.assertj.core.groups.Tuple.tuple("fc", "location", "CN"),
                        org.assertj.core.groups.Tuple.tuple("radio", "control", "CN"));
    }

    @Test
    void entityListMatchesOwnersByIdOrNormalizedName() {
        Rule byName = new Rule("e", "", "", Confidence.PRIMARY, Binding.EVERYONE, false, true, Set.of(),
                new Prohibition(Set.of(), Set.of(), Set.of(), List.of("CN-PARENT Co., Ltd."), Set.of(Basis.LOCATION)),
                null, null, List.of(), "");
        List<Violation> violations = check(byName, FROM);
        assertThat(violations).extracting(Violation::system, Violation::part, Violation::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sys-a", "radio", "entity"),
                        org.assertj.core.groups.Tuple.tuple("sys-b", "radio", "entity"));
    }

    @Test
    void onlyCountriesProhibitsEverythingElseAndClassesWork() {
        Rule foreign = new Rule("f", "", "", Confidence.SECONDARY, Binding.EVERYONE, true, true, Set.of(),
                new Prohibition(Set.of(), Set.of(), Set.of(new CountryCode("JP")), List.of(), Set.of(Basis.LOCATION)),
                null, null, List.of(), "");
        assertThat(check(foreign, FROM)).extracting(Violation::part).containsOnly("fc");
        Rule concern = new Rule("c", "", "", Confidence.SECONDARY, Binding.EVERYONE, false, true, Set.of(),
                new Prohibition(Set.of(), Set.of(AlignmentClass.CONCERN), Set.of(), List.of(), Set.of(Basis.CONTROL)),
                null, null, List.of(), "");
        assertThat(check(concern, FROM)).extracting(Violation::part).containsOnly("fc", "radio");
    }

    @Test
    void reportNamesTheNextChangeAndWhatItBrings() {
        Dataset dataset = dataset();
        RulePack pack = new RulePack("p", List.of(rule(FROM, UNTIL, List.of(), Set.of(Basis.LOCATION))));
        ComplianceReport before = new ComplianceCheck(dataset, NetworkCompiler.compile(dataset)).report(pack,
                FROM.minusDays(1));
        assertThat(before.violations()).isEmpty();
        assertThat(before.nextChange().date()).isEqualTo("2025-12-22");
        assertThat(before.nextChange().added()).extracting(Violation::part).containsExactly("fc");
        assertThat(before.rules().get(0).boundSystems()).containsExactly("sys-a");
        ComplianceReport during = new ComplianceCheck(dataset, NetworkCompiler.compile(dataset)).report(pack, FROM);
        assertThat(during.nextChange().date()).isEqualTo("2030-01-01");
        assertThat(during.nextChange().removed()).extracting(Violation::part).containsExactly("fc");
    }
}
