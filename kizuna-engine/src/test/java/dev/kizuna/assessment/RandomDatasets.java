package dev.kizuna.assessment;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random but valid datasets exercising every rule of spec 3.2 to 3.6. */
final class RandomDatasets {
    private static final String[] COUNTRIES = {"JP", "US", "DE", "CN", "BR", "GB"};

    private RandomDatasets() {
    }

    static Dataset random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DatasetBuilder b = DatasetBuilder.jpUs();
        int orgs = 2 + random.nextInt(5);
        for (int o = 0; o < orgs; o++) {
            String parent = o > 0 && random.nextInt(3) == 0 ? "o" + random.nextInt(o) : null;
            b.organization("o" + o, COUNTRIES[random.nextInt(COUNTRIES.length)], parent);
        }
        int siteCount = 2 + random.nextInt(6);
        for (int s = 0; s < siteCount; s++) {
            b.site("s" + s, "o" + random.nextInt(orgs), COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        int partCount = 3 + random.nextInt(9);
        List<List<String>> sourcesOf = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            String part = "p" + p;
            b.part(part, random.nextInt(4) == 0 ? Double.NaN : random.nextInt(200));
            List<String> sites = new ArrayList<>();
            List<String> qualifiedSites = new ArrayList<>();
            int k = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < siteCount && sites.size() < k; i++) {
                if (random.nextInt(3) == 0 || siteCount - i <= k - sites.size()) {
                    sites.add("s" + i);
                }
            }
            boolean explicit = random.nextBoolean();
            double[] shares = randomShares(random, sites.size());
            for (int i = 0; i < sites.size(); i++) {
                if (i > 0 && random.nextInt(4) == 0) {
                    b.source(part, sites.get(i), Double.NaN, random.nextBoolean() ? SourceStatus.CANDIDATE : SourceStatus.QUALIFYING, Double.NaN);
                    continue;
                }
                qualifiedSites.add(sites.get(i));
            }
            double[] q = randomShares(random, qualifiedSites.size());
            for (int i = 0; i < qualifiedSites.size(); i++) {
                b.source(part, qualifiedSites.get(i), explicit ? q[i] : Double.NaN);
            }
            sourcesOf.add(sites);
            assert shares.length == sites.size();
        }
        // parent p may use children with a higher index: acyclic by construction
        for (int p = 0; p < partCount; p++) {
            for (int c = p + 1; c < partCount; c++) {
                if (random.nextInt(3) == 0) {
                    String[] approved = {};
                    List<String> childSites = sourcesOf.get(c);
                    if (!childSites.isEmpty() && random.nextInt(3) == 0) {
                        approved = new String[] {childSites.get(random.nextInt(childSites.size()))};
                    }
                    b.bom("p" + p, "p" + c, 1 + random.nextInt(3), null, approved);
                }
            }
            List<String> mySites = sourcesOf.get(p);
            if (!mySites.isEmpty() && p + 1 < partCount && random.nextInt(4) == 0) {
                b.bom("p" + p, "p" + (p + 1 + random.nextInt(partCount - p - 1)), 1 + random.nextInt(2),
                        mySites.get(random.nextInt(mySites.size())));
            }
        }
        b.system("sys-a", "p0");
        if (partCount > 4) {
            b.system("sys-b", "p1");
        }
        return b.build();
    }

    /** Shares in multiples of 1/8, summing exactly to 1, some zero. */
    private static double[] randomShares(SplittableRandom random, int n) {
        double[] shares = new double[n];
        if (n == 0) {
            return shares;
        }
        int left = 8;
        for (int i = 0; i < n - 1; i++) {
            int take = random.nextInt(left + 1);
            shares[i] = take / 8.0;
            left -= take;
        }
        shares[n - 1] = left / 8.0;
        return shares;
    }
}
