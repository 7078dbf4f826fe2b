package dev.kizuna.matchmaking;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchmakerTest {
    private static Dataset dataset() {
        return DatasetBuilder.jpUs()
                .organization("prime", "JP").site("prime-site", "prime", "JP")
                .organization("cn", "CN").site("cn-site", "cn", "CN")
                .organization("us", "US").site("us-site", "us", "US")
                .organization("jp2", "JP").site("jp2-site", "jp2", "JP")
                .part("kit", "uas-kit", 1000).part("fc", "flight-controller", 100).part("frame", "airframe", 50)
                .bom("kit", "fc", 1).bom("kit", "frame", 1)
                .source("kit", "prime-site", Double.NaN).source("fc", "cn-site", Double.NaN)
                .source("frame", "jp2-site", 0.5).source("frame", "us-site", 0.5)
                .system("sys", "kit").build();
    }

    private static Offer offer(String id, String org, String site, String part, String category, double lead, int readiness,
                               String export) {
        return new Offer(id, new OrganizationId(org), new SiteId(site), part == null ? null : new PartId(part), category,
                Double.NaN, Double.NaN, lead, 0, 0, export, readiness);
    }

    @Test
    void scoresFollowTheDocumentedFormula() {
        Dataset dataset = dataset();
        List<Offer> offers = List.of(
                offer("us-fc", "us", "us-site", "fc", "", 90, 9, "EAR99"),
                offer("us-cat", "us", "us-site", null, "flight-controller", 90, 9, "USML XI"),
                offer("jp2-frame", "jp2", "jp2-site", "frame", "", 0, 9, ""));
        List<MatchPair> pairs = Matchmaker.match(dataset, NetworkCompiler.compile(dataset), offers, 5000);
        // fc: concern share 1, single source; the US seller takes 1/2: HHI 10000 -> 5000
        // risk = 0.5 * 1 + 0.25 * 0.5 + 0.25 * 1 = 0.875; feasibility = 1 * 1/(1 + 90/180) * 9/9 = 2/3
        assertThat(pairs).hasSize(2);
        MatchPair best = pairs.get(0);
        assertThat(best.offer()).isEqualTo("us-fc");
        assertThat(best.buyer()).isEqualTo("prime");
        assertThat(best.risks()).containsExactly("concern", "singleSource");
        assertThat(best.riskReduction()).isCloseTo(0.875, within(1e-6));
        assertThat(best.feasibility()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(best.score()).isCloseTo(0.875 * 2.0 / 3, within(1e-6));
        // by category (fit 0.7) and a defence article (export factor 0.5)
        MatchPair category = pairs.get(1);
        assertThat(category.offer()).isEqualTo("us-cat");
        assertThat(category.score()).isCloseTo(0.7 * 0.875 * 0.5 * 2.0 / 3, within(1e-6));
        // the frame (two sources in JP and US, HHI 5000) is at risk, but jp2 is already its source: no pair
    }

    @Test
    void exportModelReadsTheClassification() {
        assertThat(ExportFeasibility.assess("ECCN 5A991", "US", "JP", AlignmentClass.HOME).factor()).isEqualTo(0.9);
        assertThat(ExportFeasibility.assess("ECCN 9A012", "US", "JP", AlignmentClass.HOME).factor()).isEqualTo(0.75);
        assertThat(ExportFeasibility.assess("USML XI", "US", "JP", AlignmentClass.HOME).factor()).isEqualTo(0.5);
        assertThat(ExportFeasibility.assess("USML XI", "US", "US", AlignmentClass.ALLY).factor()).isEqualTo(1.0);
        assertThat(ExportFeasibility.assess("EAR99", "US", "CN", AlignmentClass.CONCERN).factor()).isZero();
        assertThat(ExportFeasibility.assess("", "US", "JP", AlignmentClass.HOME).factor()).isEqualTo(0.85);
    }
}
