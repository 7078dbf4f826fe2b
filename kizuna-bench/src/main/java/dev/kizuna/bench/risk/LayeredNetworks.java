package dev.kizuna.bench.risk;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Layered random supply networks for the risk benchmarks, built in code (the generator module is
 * developed separately). Layer sizes grow by a factor of three from the systems' top parts down to
 * the raw materials; every part of a layer has one parent in the layer above plus, with probability
 * 0.3, a second one (shared components), so parts have about four children. Each part has 1 to 3
 * qualified sources (equal split) at random sites; 20% of the sites and 10% of the countries carry a
 * disruption probability.
 */
public final class LayeredNetworks {
    private static final String[] COUNTRIES = {"JP", "US", "CN", "DE", "GB", "FR", "KR", "TW", "IN", "VN", "MX", "CA",
            "AU", "IT", "NL", "SE", "PL", "CZ", "TH", "MY", "SG", "PH", "ID", "BR", "IL", "CH", "ES", "FI", "NO", "DK"};

    private LayeredNetworks() {
    }

    public static Dataset build(int partCount, int siteCount, int systemCount, long seed) {
        Random random = new Random(seed);
        DatasetBuilder b = new DatasetBuilder().manifest("layered benchmark network", "JP", "USD", Set.of("US"),
                Set.of("DE", "GB", "FR", "KR", "TW", "AU", "IT", "NL", "CA"), Set.of("CN"));
        int orgCount = Math.max(1, siteCount / 10);
        for (int o = 0; o < orgCount; o++) {
            String parent = o > 10 && random.nextInt(5) == 0 ? "o" + random.nextInt(o) : null;
            b.organization("o" + o, COUNTRIES[random.nextInt(COUNTRIES.length)], parent);
        }
        for (int s = 0; s < siteCount; s++) {
            double p = random.nextInt(5) == 0 ? 0.001 + 0.05 * random.nextDouble() : Double.NaN;
            b.site("s" + s, "o" + random.nextInt(orgCount), COUNTRIES[random.nextInt(COUNTRIES.length)], Double.NaN, p, 4);
        }
        for (int c = 0; c < COUNTRIES.length; c += 10) {
            b.country(COUNTRIES[c], 0.01, 26);
        }
        List<int[]> layers = layers(partCount, systemCount);
        for (int[] layer : layers) {
            for (int p = layer[0]; p < layer[1]; p++) {
                b.part("p" + p, 1 + random.nextInt(1000));
                int sources = 1 + random.nextInt(3);
                int first = random.nextInt(siteCount);
                for (int k = 0; k < sources; k++) {
                    // distinct sites: a stride that cannot wrap onto the first within three steps
                    b.source("p" + p, "s" + ((first + k * 7919) % siteCount), Double.NaN);
                }
            }
        }
        for (int l = 1; l < layers.size(); l++) {
            int[] above = layers.get(l - 1);
            int[] layer = layers.get(l);
            int parents = above[1] - above[0];
            for (int c = layer[0]; c < layer[1]; c++) {
                int parent = above[0] + random.nextInt(parents);
                b.bom("p" + parent, "p" + c, 1 + random.nextInt(4));
                if (random.nextInt(10) < 3) {
                    int other = above[0] + random.nextInt(parents);
                    if (other != parent) {
                        b.bom("p" + other, "p" + c, 1);
                    }
                }
            }
        }
        for (int y = 0; y < systemCount; y++) {
            b.system("y" + y, "p" + y, 10 + random.nextInt(200), 1000 + random.nextInt(50_000));
        }
        return b.build();
    }

    /** [start, end) of each layer, the first holding the systems' top parts. */
    private static List<int[]> layers(int partCount, int systemCount) {
        List<int[]> layers = new ArrayList<>();
        int start = 0;
        long size = systemCount;
        while (start < partCount) {
            int end = (int) Math.min(partCount, start + size);
            layers.add(new int[] {start, end});
            start = end;
            size *= 3;
        }
        return layers;
    }
}
