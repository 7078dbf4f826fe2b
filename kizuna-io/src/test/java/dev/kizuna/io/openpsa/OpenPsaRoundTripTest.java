package dev.kizuna.io.openpsa;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.CutSetAnalysis;
import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.FaultTreeBdd;
import dev.kizuna.risk.RiskAnalysis;
import dev.kizuna.risk.SystemFaultTree;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenPsaRoundTripTest {

    /** A random layered network with odd ids, approved lists, site bills and country events. */
    static SupplyNetwork randomNetwork(long seed, boolean countries) {
        Random random = new Random(seed);
        DatasetBuilder b = DatasetBuilder.jpUs();
        String[] codes = {"JP", "US", "CN", "DE"};
        b.organization("org 1", "JP").organization("org.2", "US");
        int sites = 3 + random.nextInt(5);
        for (int s = 0; s < sites; s++) {
            double p = random.nextInt(6) == 0 ? Double.NaN : 0.01 + 0.3 * random.nextDouble();
            b.site("S-" + s + (s % 2 == 0 ? "/x" : ""), random.nextBoolean() ? "org 1" : "org.2",
                    codes[random.nextInt(codes.length)], Double.NaN, p, 2);
        }
        if (countries) {
            b.country("CN", 0.05, 10).country("US", 0.01, 10);
        }
        int parts = 3 + random.nextInt(7);
        List<List<String>> partSites = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            b.part("part:" + p, 1);
            List<String> own = new ArrayList<>();
            int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                String site = "S-" + random.nextInt(sites);
                site = site.endsWith("0") || site.endsWith("2") || site.endsWith("4") || site.endsWith("6")
                        ? site + "/x" : site;
                if (!own.contains(site)) {
                    own.add(site);
                    b.source("part:" + p, site, Double.NaN);
                }
            }
            partSites.add(own);
        }
        for (int p = 0; p < parts - 1; p++) {
            int rows = 1 + random.nextInt(2);
            for (int r = 0; r < rows; r++) {
                int child = p + 1 + random.nextInt(parts - p - 1);
                List<String> childSites = partSites.get(child);
                String[] approved = !childSites.isEmpty() && random.nextInt(3) == 0
                        ? new String[] {childSites.get(random.nextInt(childSites.size()))} : new String[0];
                String site = !partSites.get(p).isEmpty() && random.nextInt(4) == 0 ? partSites.get(p).get(0) : null;
                b.bom("part:" + p, "part:" + child, 1, site, approved);
            }
        }
        b.system("sys<1>", "part:0");
        return NetworkCompiler.compile(b.build());
    }

    static FaultTree roundTrip(FaultTree tree) {
        StringWriter xml = new StringWriter();
        OpenPsaWriter.write(tree, "test & check", xml);
        return OpenPsaReader.read(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), "test.xml", null);
    }

    @Test
    void exportThenImportGivesTheEngineProbabilityAndCutSets() {
        for (long seed = 1; seed <= 150; seed++) {
            boolean countries = seed % 2 == 0;
            SupplyNetwork net = randomNetwork(seed, countries);
            FaultTree exported = SystemFaultTree.build(net, 0, true);
            FaultTree imported = roundTrip(exported);
            FaultTreeBdd bdd = FaultTreeBdd.compile(imported);
            String context = "seed " + seed;
            assertThat(imported.top()).as(context).isEqualTo("system:sys<1>");
            assertThat(bdd.probability()).as(context)
                    .isCloseTo(RiskAnalysis.system(net, 0).unavailability(), within(1e-12));
            assertThat(bdd.minimalCutSets(4, 100_000)).as(context)
                    .isEqualTo(FaultTreeBdd.compile(exported).minimalCutSets(4, 100_000));
            if (!countries) {
                // every reachable site is a basic event: the cut sets are the engine's on the site basis
                assertThat(bdd.minimalCutSets(4, 100_000)).as(context)
                        .isEqualTo(CutSetAnalysis.compute(net, 0, EventBasis.SITE, 4).cutSets());
            }
        }
    }

    @Test
    void handCheckedExport() {
        SupplyNetwork net = NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o", "JP")
                .site("s1", "o", "JP", Double.NaN, 0.1, 1).site("s2", "o", "CN", Double.NaN, 0.2, 1)
                .country("CN", 0.5, 1)
                .part("a", 1).source("a", "s1", Double.NaN).source("a", "s2", Double.NaN)
                .system("sys", "a").build());
        StringWriter xml = new StringWriter();
        OpenPsaWriter.write(SystemFaultTree.build(net, 0, true), "sample", xml);
        assertThat(xml.toString()).contains("<define-gate name=\"part-a\">", "<basic-event name=\"site-s1\"/>",
                "<basic-event name=\"country-CN\"/>", "<define-basic-event name=\"country-CN\">",
                "<float value=\"0.5\"/>", "<define-gate name=\"source-a_40_s2\">");
        FaultTreeBdd bdd = FaultTreeBdd.compile(roundTrip(SystemFaultTree.build(net, 0, true)));
        assertThat(bdd.probability()).isCloseTo(0.1 * (0.5 + 0.5 * 0.2), within(1e-15));
        assertThat(bdd.minimalCutSets(4, 10)).containsExactly(List.of("country:CN", "site:s1"), List.of("site:s1", "site:s2"));
    }

    @Test
    void identifiersAreValidAndDistinct() {
        assertThat(OpenPsaNames.identifier("site:S-1/x")).isEqualTo("site-S_2d_1_2f_x");
        assertThat(OpenPsaNames.identifier("site:a_b")).isNotEqualTo(OpenPsaNames.identifier("site:a-b"));
        assertThat(OpenPsaNames.identifier("odd name")).isEqualTo("x-odd_20_name");
    }
}
