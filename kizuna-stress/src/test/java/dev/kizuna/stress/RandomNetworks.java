package dev.kizuna.stress;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random layered networks for consistency tests; the same seed gives the same network. */
final class RandomNetworks {
    private RandomNetworks() {
    }

    static SupplyNetwork layered(long seed) {
        Random random = new Random(seed);
        DatasetBuilder b = DatasetBuilder.jpUs().organization("o1", "JP").organization("o2", "US");
        int siteCount = 3 + random.nextInt(4);
        for (int s = 0; s < siteCount; s++) {
            double capacity = random.nextBoolean() ? 2 + random.nextInt(20) : Double.NaN;
            b.site("s" + s, random.nextBoolean() ? "o1" : "o2", random.nextBoolean() ? "JP" : "US", capacity,
                    Double.NaN, 1 + random.nextInt(20));
        }
        int layers = 2 + random.nextInt(2);
        List<List<String>> parts = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            List<String> layer = new ArrayList<>();
            int width = 1 + random.nextInt(3);
            for (int i = 0; i < width; i++) {
                String part = "p" + l + "_" + i;
                layer.add(part);
                b.part(part, 1 + random.nextInt(50));
                boolean unmapped = l > 0 && random.nextInt(8) == 0;
                if (!unmapped) {
                    int sources = 1 + random.nextInt(2);
                    int first = random.nextInt(siteCount);
                    for (int k = 0; k < sources; k++) {
                        String site = "s" + ((first + k) % siteCount);
                        double capacity = random.nextBoolean() ? 1 + random.nextInt(15) : Double.NaN;
                        b.source(part, site, Double.NaN, SourceStatus.QUALIFIED, capacity);
                        if (random.nextInt(3) == 0) {
                            b.stock(part, site, random.nextInt(40));
                        }
                    }
                }
                if (random.nextInt(3) == 0) {
                    b.stock(part, null, random.nextInt(30));
                }
            }
            parts.add(layer);
        }
        for (int l = 0; l + 1 < layers; l++) {
            for (String parent : parts.get(l)) {
                List<String> next = parts.get(l + 1);
                int children = 1 + random.nextInt(Math.min(2, next.size()));
                int first = random.nextInt(next.size());
                for (int k = 0; k < children; k++) {
                    b.bom(parent, next.get((first + k) % next.size()), 1 + random.nextInt(2));
                }
            }
        }
        List<String> tops = parts.get(0);
        for (int i = 0; i < tops.size(); i++) {
            b.system("sys" + i, tops.get(i), 1 + random.nextInt(10), 1 + random.nextInt(100));
        }
        return NetworkCompiler.compile(b.build());
    }
}
