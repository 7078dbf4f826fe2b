package dev.kizuna.synthetic;

import dev.kizuna.supply.model.SourceStatus;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which sites make which part, with shares. Each part's sources are contiguous: its qualified
 * sources first (the main one first), then its alternates (qualifying or candidate).
 */
final class SourcePlan {
    static final double UNMAPPED_SHARE = 0.005;
    static final double ALTERNATE_SHARE = 0.35;
    /** Cumulative probabilities of 1, 2, 3 and 4 qualified sources. */
    private static final double[] QUALIFIED_COUNT_CDF = {0.30, 0.65, 0.93, 1.0};
    /** Shares are whole twentieths, so they are exact in decimal and sum to exactly 1. */
    private static final int SHARE_UNITS = 20;

    final int[] start;
    final byte[] qualifiedCount;
    final IntList site;
    final DoubleList share;
    final byte[] status;

    SourcePlan(TierLayout layout, OrganizationNetwork network, SplittableRandom random) {
        int parts = layout.parts();
        start = new int[parts + 1];
        qualifiedCount = new byte[parts];
        site = new IntList(parts * 5 / 2 + 16);
        share = new DoubleList(parts * 5 / 2 + 16);
        IntList statuses = new IntList(parts * 5 / 2 + 16);

        int sectors = Sector.values().length;
        int[] position = new int[sectors];
        int[][] popularity = new int[sectors][];
        for (Sector sector : Sector.values()) {
            popularity[sector.ordinal()] = Draw.permutation(random, network.pool(sector).length);
        }
        int lastMakerPart = layout.start(layout.tiers() - 1) - 1;
        int[] units = new int[4];
        for (int part = 0; part < parts; part++) {
            start[part] = site.size();
            int tier = layout.tierOf(part);
            Sector sector = tier == 0 ? Sector.PRIME : layout.isMaterial(part) ? Sector.MATERIAL : Sector.MAKER;
            int[] pool = network.pool(sector);
            int[] order = popularity[sector.ordinal()];
            int rank = position[sector.ordinal()]++;
            // The first parts of a sector take its sites in turn, so that every site makes something.
            boolean roundRobin = rank < pool.length;
            boolean unmapped = sector == Sector.MAKER && !roundRobin
                    && (part == lastMakerPart || random.nextDouble() < UNMAPPED_SHARE);
            if (unmapped) {
                if (random.nextDouble() < 0.5) {
                    addAlternate(random, pool, order, part, statuses);
                }
                continue;
            }
            int wanted = drawQualifiedCount(random);
            add(roundRobin ? pool[rank] : pool[order[Draw.skewed(random, pool.length, 1.5)]], Double.NaN,
                    SourceStatus.QUALIFIED, statuses);
            int[] primePool = network.pool(Sector.PRIME);
            int[] primeOrder = popularity[Sector.PRIME.ordinal()];
            for (int n = 1; n < wanted; n++) {
                // Primes also build some major assemblies themselves.
                boolean byPrime = tier == 1 && random.nextDouble() < 0.3;
                int candidate = pickDistinct(random, byPrime ? primePool : pool, byPrime ? primeOrder : order,
                        part);
                if (candidate >= 0) {
                    add(candidate, Double.NaN, SourceStatus.QUALIFIED, statuses);
                }
            }
            int qualified = site.size() - start[part];
            qualifiedCount[part] = (byte) qualified;
            assignShares(random, part, qualified, units);
            if (random.nextDouble() < ALTERNATE_SHARE) {
                int alternates = random.nextDouble() < 0.7 ? 1 : 2;
                for (int n = 0; n < alternates; n++) {
                    addAlternate(random, pool, order, part, statuses);
                }
            }
        }
        start[parts] = site.size();
        status = new byte[statuses.size()];
        for (int i = 0; i < status.length; i++) {
            status[i] = (byte) statuses.get(i);
        }
    }

    private static int drawQualifiedCount(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < QUALIFIED_COUNT_CDF.length; i++) {
            if (u < QUALIFIED_COUNT_CDF[i]) {
                return i + 1;
            }
        }
        return QUALIFIED_COUNT_CDF.length;
    }

    private void add(int siteIndex, double sourceShare, SourceStatus sourceStatus, IntList statuses) {
        site.add(siteIndex);
        share.add(sourceShare);
        statuses.add(sourceStatus.ordinal());
    }

    /** A popular site of the pool not yet a source of this part, or -1 when a few tries all collide. */
    private int pickDistinct(SplittableRandom random, int[] pool, int[] order, int part) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int candidate = pool[order[Draw.skewed(random, pool.length, 1.5)]];
            if (!site.contains(candidate, start[part])) {
                return candidate;
            }
        }
        return -1;
    }

    private void addAlternate(SplittableRandom random, int[] pool, int[] order, int part, IntList statuses) {
        int candidate = pickDistinct(random, pool, order, part);
        if (candidate < 0) {
            return;
        }
        SourceStatus alternateStatus = random.nextDouble() < 0.4 ? SourceStatus.QUALIFYING : SourceStatus.CANDIDATE;
        add(candidate, random.nextDouble() < 0.2 ? 0.0 : Double.NaN, alternateStatus, statuses);
    }

    /** Empty shares (equal split) or explicit twentieths summing to exactly 1, largest first. */
    private void assignShares(SplittableRandom random, int part, int qualified, int[] units) {
        int first = start[part];
        if (qualified == 1) {
            if (random.nextDouble() < 0.5) {
                share.set(first, 1.0);
            }
            return;
        }
        if (random.nextDouble() < 0.45) {
            return;
        }
        // q-1 distinct cut points in 1..19 split the twenty units into q positive parts.
        int[] cuts = new int[qualified - 1];
        int made = 0;
        while (made < cuts.length) {
            int cut = 1 + random.nextInt(SHARE_UNITS - 1);
            boolean seen = false;
            for (int i = 0; i < made; i++) {
                seen |= cuts[i] == cut;
            }
            if (!seen) {
                cuts[made++] = cut;
            }
        }
        Arrays.sort(cuts);
        int previous = 0;
        for (int i = 0; i < qualified; i++) {
            int next = i < cuts.length ? cuts[i] : SHARE_UNITS;
            units[i] = next - previous;
            previous = next;
        }
        Arrays.sort(units, 0, qualified);
        for (int i = 0; i < qualified; i++) {
            share.set(first + i, units[qualified - 1 - i] / (double) SHARE_UNITS);
        }
    }

    boolean isUnmapped(int part) {
        return qualifiedCount[part] == 0;
    }

    /** Index of the {@code n}-th qualified source row of the part. */
    int qualified(int part, int n) {
        return start[part] + n;
    }
}
