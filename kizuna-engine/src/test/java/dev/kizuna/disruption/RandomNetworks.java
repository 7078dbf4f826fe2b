package dev.kizuna.disruption;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random datasets that exercise every rule of spec 3.7: equal and given shares, candidate
 * sources, unmapped parts, site-specific bills, approved lists (also ones that keep no qualified
 * source), ownership chains with a control country other than the location, country probabilities.
 */
public final class RandomNetworks {
    private static final String[] COUNTRIES = {"JP", "US", "CN", "DE", "GB"};

    private RandomNetworks() {
    }

    public static Dataset generate(long seed) {
        return generate(seed, 4 + new Random(seed).nextInt(9), 3 + new Random(seed ^ 0x5DEECE66DL).nextInt(6));
    }

    public static Dataset generate(long seed, int partCount, int siteCount) {
        Random random = new Random(seed);
        DatasetBuilder b = DatasetBuilder.jpUs();
        int orgCount = 2 + random.nextInt(3);
        for (int o = 0; o < orgCount; o++) {
            String parent = o > 0 && random.nextInt(3) == 0 ? "o" + random.nextInt(o) : null;
            b.organization("o" + o, pick(random), parent);
        }
        for (int s = 0; s < siteCount; s++) {
            double p = random.nextInt(5) == 0 ? Double.NaN : 0.05 + 0.5 * random.nextDouble();
            b.site("s" + s, "o" + random.nextInt(orgCount), pick(random), Double.NaN, p, 4);
        }
        for (String code : COUNTRIES) {
            if (random.nextInt(3) == 0) {
                b.country(code, 0.02 + 0.2 * random.nextDouble(), 8);
            }
        }
        List<List<Integer>> qualifiedSites = new ArrayList<>();
        List<List<Integer>> allSourceSites = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            b.part("p" + p, 1 + random.nextInt(100));
            List<Integer> sites = distinct(random, siteCount, random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(3));
            boolean given = random.nextBoolean();
            double[] weights = new double[sites.size()];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble();
                sum += weights[i];
            }
            for (int i = 0; i < sites.size(); i++) {
                double share = !given ? Double.NaN : sum == 0 ? 1.0 / sites.size() : weights[i] / sum;
                b.source("p" + p, "s" + sites.get(i), share);
            }
            List<Integer> all = new ArrayList<>(sites);
            if (random.nextInt(4) == 0) {
                int extra = random.nextInt(siteCount);
                if (!sites.contains(extra)) {
                    b.source("p" + p, "s" + extra, Double.NaN,
                            random.nextBoolean() ? SourceStatus.CANDIDATE : SourceStatus.QUALIFYING, Double.NaN);
                    all.add(extra);
                }
            }
            qualifiedSites.add(sites);
            allSourceSites.add(all);
        }
        for (int p = 0; p < partCount - 1; p++) {
            int rows = random.nextInt(4);
            for (String child : children(random, p, partCount, rows)) {
                b.bom("p" + p, child, 1 + random.nextInt(3), null, approved(random, allSourceSites, child));
            }
            List<Integer> own = qualifiedSites.get(p);
            if (!own.isEmpty() && random.nextInt(4) == 0) {
                String site = "s" + own.get(random.nextInt(own.size()));
                for (String child : children(random, p, partCount, 1 + random.nextInt(2))) {
                    b.bom("p" + p, child, 1, site, approved(random, allSourceSites, child));
                }
            }
        }
        int systems = 1 + random.nextInt(3);
        for (int y = 0; y < systems; y++) {
            b.system("y" + y, "p" + random.nextInt(Math.min(3, partCount)), 1 + random.nextInt(50),
                    random.nextInt(5) == 0 ? Double.NaN : 100 * random.nextInt(20));
        }
        return b.build();
    }

    private static String pick(Random random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private static List<Integer> distinct(Random random, int bound, int count) {
        List<Integer> values = new ArrayList<>();
        while (values.size() < Math.min(count, bound)) {
            int v = random.nextInt(bound);
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }

    private static List<String> children(Random random, int parent, int partCount, int count) {
        List<String> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String child = "p" + (parent + 1 + random.nextInt(partCount - parent - 1));
            if (!children.contains(child)) {
                children.add(child);
            }
        }
        return children;
    }

    private static String[] approved(Random random, List<List<Integer>> allSourceSites, String child) {
        List<Integer> sites = allSourceSites.get(Integer.parseInt(child.substring(1)));
        if (sites.isEmpty() || random.nextInt(3) != 0) {
            return new String[0];
        }
        List<String> chosen = new ArrayList<>();
        for (int site : sites) {
            if (random.nextBoolean()) {
                chosen.add("s" + site);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add("s" + sites.get(random.nextInt(sites.size())));
        }
        return chosen.toArray(String[]::new);
    }
}
