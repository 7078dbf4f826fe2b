package dev.kizuna.assessment;

import dev.kizuna.assessment.AssessmentReport.ConcernExposure;
import dev.kizuna.assessment.AssessmentReport.PartAssessment;
import dev.kizuna.assessment.AssessmentReport.SystemAssessment;
import dev.kizuna.content.ClassShares;
import dev.kizuna.content.ContentRollup;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed oracle cases, one per rule of spec 3.3 to 3.6. */
class AssessmentTest {

    private static AssessmentReport assess(Dataset dataset) {
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        return Assessment.assess(network, dataset.fleet(), Basis.LOCATION).report();
    }

    private static SystemAssessment system(AssessmentReport report, String id) {
        return report.systems().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * drone (cost 100) made at jp1 from 2 motors (cost 10) and 1 fc (cost 20):
     * va(drone, jp1) = 100 - 20 - 20 = 60 home.
     * motor: cn1 share 0.75 (va 10 concern), us1 0.25 (va 10 ally) -> C(motor) = 7.5 concern + 2.5 ally.
     * fc: made at de1 (partner), no children -> 20 partner.
     * C(drone) = 60 home + 2*(7.5 concern + 2.5 ally) + 20 partner = 60 home, 5 ally, 20 partner, 15 concern.
     */
    @Test
    void contentRollsUpValueAddByClass() {
        Dataset dataset = DatasetBuilder.jpUs()
                .organization("o-jp", "JP").organization("o-us", "US").organization("o-cn", "CN").organization("o-de", "DE")
                .site("jp1", "o-jp", "JP").site("us1", "o-us", "US").site("cn1", "o-cn", "CN").site("de1", "o-de", "DE")
                .part("drone", 100).part("motor", 10).part("fc", 20)
                .source("drone", "jp1", Double.NaN)
                .source("motor", "cn1", 0.75).source("motor", "us1", 0.25)
                .source("fc", "de1", Double.NaN)
                .bom("drone", "motor", 2).bom("drone", "fc", 1)
                .system("sys", "drone").build();
        SystemAssessment sys = system(assess(dataset), "sys");
        assertThat(sys.value()).isCloseTo(100, within(1e-9));
        ClassShares c = sys.content().location();
        assertThat(c.home()).isCloseTo(0.60, within(1e-12));
        assertThat(c.ally()).isCloseTo(0.05, within(1e-12));
        assertThat(c.partner()).isCloseTo(0.20, within(1e-12));
        assertThat(c.concern()).isCloseTo(0.15, within(1e-12));
        assertThat(c.unknown()).isZero();
        assertThat(sys.coverage()).isCloseTo(1.0, within(1e-12));
    }

    /**
     * Value-add is floored at 0: a part cheaper than its components adds nothing itself.
     * kit (cost 5) = 2 x bolt (cost 10) made in JP -> va(kit) = max(0, 5 - 20) = 0, C = 20 from bolts (US).
     */
    @Test
    void valueAddIsNeverNegative() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("u", "US")
                .site("jp", "o", "JP").site("us", "u", "US")
                .part("kit", 5).part("bolt", 10).source("kit", "jp", Double.NaN).source("bolt", "us", Double.NaN)
                .bom("kit", "bolt", 2).system("sys", "kit").build();
        SystemAssessment sys = system(assess(dataset), "sys");
        assertThat(sys.value()).isCloseTo(20, within(1e-12));
        assertThat(sys.content().location().ally()).isCloseTo(1.0, within(1e-12));
    }

    /**
     * Site-specific bill overrides the generic one (3.3): top made at jp (generic: 1 x a) and
     * us (own bill: 1 x b), equal split. a (cost 10, CN), b (cost 10, DE), top cost 30.
     * C(top, jp) = 20 home + 10 concern; C(top, us) = 20 ally + 10 partner; C(top) = half of each.
     */
    @Test
    void siteSpecificBillOverridesGeneric() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("u", "US")
                .organization("c", "CN").organization("d", "DE")
                .site("jp", "o", "JP").site("us", "u", "US").site("cn", "c", "CN").site("de", "d", "DE")
                .part("top", 30).part("a", 10).part("b", 10)
                .source("top", "jp", Double.NaN).source("top", "us", Double.NaN)
                .source("a", "cn", Double.NaN).source("b", "de", Double.NaN)
                .bom("top", "a", 1).bom("top", "b", 1, "us")
                .system("sys", "top").build();
        ClassShares c = system(assess(dataset), "sys").content().location();
        assertThat(c.home()).isCloseTo(10.0 / 30, within(1e-12));
        assertThat(c.concern()).isCloseTo(5.0 / 30, within(1e-12));
        assertThat(c.ally()).isCloseTo(10.0 / 30, within(1e-12));
        assertThat(c.partner()).isCloseTo(5.0 / 30, within(1e-12));
    }

    /**
     * An approved list limits the child's sources and renormalises their shares (3.3): cell from
     * cn (0.8) and kr... here us (0.2); the pack row approves only us, so the pack's cell content
     * is all ally although C(cell) is mostly concern. Reachability follows only us.
     */
    @Test
    void approvedSitesRestrictAndRenormalise() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("u", "US").organization("c", "CN")
                .site("jp", "o", "JP").site("us", "u", "US").site("cn", "c", "CN")
                .part("pack", 50).part("cell", 10)
                .source("pack", "jp", Double.NaN).source("cell", "cn", 0.8).source("cell", "us", 0.2)
                .bom("pack", "cell", 4, null, "us")
                .system("sys", "pack").build();
        AssessmentReport report = assess(dataset);
        ClassShares c = system(report, "sys").content().location();
        assertThat(c.ally()).isCloseTo(40.0 / 50, within(1e-12));
        assertThat(c.home()).isCloseTo(10.0 / 50, within(1e-12));
        assertThat(c.concern()).isZero();
        assertThat(system(report, "sys").concernExposures()).isEmpty();
    }

    /**
     * Unmapped part (3.2, 3.4): fc has no qualified source (only a candidate); its own value-add
     * counts as unknown, its components still roll up through its generic bill.
     * top (100, jp) = 1 x fc (40, unmapped) ; fc = 1 x mcu (10, de). va(fc) = 30 unknown.
     * C(top) = 60 home + 30 unknown + 10 partner; coverage = 0.7.
     */
    @Test
    void unmappedPartValueIsUnknown() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("d", "DE").organization("u", "US")
                .site("jp", "o", "JP").site("de", "d", "DE").site("us", "u", "US")
                .part("top", 100).part("fc", 40).part("mcu", 10)
                .source("top", "jp", Double.NaN).source("mcu", "de", Double.NaN)
                .source("fc", "us", Double.NaN, SourceStatus.CANDIDATE, Double.NaN)
                .bom("top", "fc", 1).bom("fc", "mcu", 1)
                .system("sys", "top").build();
        AssessmentReport report = assess(dataset);
        SystemAssessment sys = system(report, "sys");
        assertThat(sys.content().location().unknown()).isCloseTo(0.3, within(1e-12));
        assertThat(sys.content().location().partner()).isCloseTo(0.1, within(1e-12));
        assertThat(sys.coverage()).isCloseTo(0.7, within(1e-12));
        PartAssessment fc = report.parts().stream().filter(p -> p.id().equals("fc")).findFirst().orElseThrow();
        assertThat(fc.qualifiedSources()).isZero();
        assertThat(fc.countryHhi()).isNull();
        // mcu sits below an unmapped part: not reachable through pairs (documented choice)
        assertThat(report.parts()).extracting(PartAssessment::id).containsExactly("fc", "top");
    }

    /**
     * Control basis (3.1): a German site of a Chinese-owned company is partner by location and
     * concern by control, and is a concern exposure on the control basis only.
     */
    @Test
    void controlBasisFollowsTheOwnershipChainToItsRoot() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("cn-root", "CN")
                .organization("mid", "GB", "cn-root").organization("de-sub", "DE", "mid")
                .site("jp", "o", "JP").site("de", "de-sub", "DE")
                .part("top", 10).part("gnss", 10).source("top", "jp", Double.NaN).source("gnss", "de", Double.NaN)
                .bom("top", "gnss", 1).system("sys", "top").build();
        SystemAssessment sys = system(assess(dataset), "sys");
        assertThat(sys.content().location().partner()).isCloseTo(1.0, within(1e-12));
        assertThat(sys.content().control().concern()).isCloseTo(1.0, within(1e-12));
        assertThat(sys.concernExposures()).containsExactly(new ConcernExposure("gnss", "de", "CN", "control", List.of("top", "gnss")));
    }

    /**
     * HHI and single sources (3.6): motor 0.5 JP + 0.25 JP + 0.25 CN -> (75)^2 + (25)^2 = 6250;
     * fc single-sourced -> 10000 and listed as a single-source part.
     */
    @Test
    void concentrationAndSingleSources() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("c", "CN")
                .site("jp1", "o", "JP").site("jp2", "o", "JP").site("cn", "c", "CN")
                .part("top", 100).part("motor", 10).part("fc", 10)
                .source("top", "jp1", Double.NaN)
                .source("motor", "jp1", 0.5).source("motor", "jp2", 0.25).source("motor", "cn", 0.25)
                .source("fc", "cn", Double.NaN)
                .bom("top", "motor", 4).bom("top", "fc", 1).system("sys", "top").build();
        AssessmentReport report = assess(dataset);
        assertThat(report.parts()).extracting(PartAssessment::id, PartAssessment::qualifiedSources, PartAssessment::countryHhi)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fc", 1, 10000.0),
                        org.assertj.core.groups.Tuple.tuple("motor", 3, 6250.0),
                        org.assertj.core.groups.Tuple.tuple("top", 1, 10000.0));
        assertThat(report.singleSourceParts()).extracting(AssessmentReport.SingleSourcePart::part).containsExactly("fc", "top");
        assertThat(report.singleSourceParts().get(0).country()).isEqualTo("CN");
    }

    /**
     * Exposure path (3.6): magnet (CN) is reachable by top -> motor -> magnet and by
     * top -> esc -> magnet (both length 3); the lexicographically smaller list wins: esc < motor.
     * A zero-share qualified source is not reachable.
     */
    @Test
    void explanationPathIsShortestThenLexicographicallySmallest() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("c", "CN")
                .site("jp", "o", "JP").site("cn", "c", "CN").site("cn2", "c", "CN")
                .part("top", 100).part("motor", 10).part("esc", 10).part("magnet", 1)
                .source("top", "jp", Double.NaN).source("motor", "jp", Double.NaN).source("esc", "jp", Double.NaN)
                .source("magnet", "cn", 1.0).source("magnet", "cn2", 0.0)
                .bom("top", "motor", 4).bom("top", "esc", 4).bom("motor", "magnet", 2).bom("esc", "magnet", 1)
                .system("sys", "top").build();
        SystemAssessment sys = system(assess(dataset), "sys");
        assertThat(sys.concernExposures()).containsExactly(
                new ConcernExposure("magnet", "cn", "CN", "location", List.of("top", "esc", "magnet")),
                new ConcernExposure("magnet", "cn", "CN", "control", List.of("top", "esc", "magnet")));
    }

    /** Fleet origin (3.5): 30 units of a JP-made system and 70 of a US-made one -> 30% home. */
    @Test
    void fleetOriginWeighsSystemsByUnits() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("u", "US")
                .site("jp", "o", "JP").site("us", "u", "US")
                .part("a", 10).part("b", 10).source("a", "jp", Double.NaN).source("b", "us", 0.5).source("b", "jp", 0.5)
                .system("sa", "a").system("sb", "b").fleet("sa", "JGSDF", 30).fleet("sb", "JMSDF", 70).build();
        AssessmentReport report = assess(dataset);
        assertThat(report.fleet().units()).isEqualTo(100);
        assertThat(report.fleet().origin().home()).isCloseTo(0.30 + 0.35, within(1e-12));
        assertThat(report.fleet().origin().ally()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void contentRollupExposesPerSourceVectors() {
        Dataset dataset = DatasetBuilder.jpUs().organization("o", "JP").organization("u", "US")
                .site("jp", "o", "JP").site("us", "u", "US").part("a", 10)
                .source("a", "jp", 0.25).source("a", "us", 0.75).system("s", "a").build();
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        ContentRollup rollup = ContentRollup.compute(network, Basis.LOCATION);
        int a = network.getPart(new dev.kizuna.supply.model.PartId("a"));
        assertThat(rollup.sourceContent(network.sourceStart(a)).home()).isEqualTo(10);
        assertThat(rollup.partContent(a).home()).isEqualTo(2.5);
        assertThat(rollup.partContent(a).ally()).isEqualTo(7.5);
    }
}
