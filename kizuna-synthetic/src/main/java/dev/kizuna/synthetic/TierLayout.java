package dev.kizuna.synthetic;

/**
 * How the parts are split into tiers. Parts are numbered tier by tier, top parts first, so a
 * child (always in a deeper tier) has a larger index than its parents and index order is a
 * topological order of the bill of materials.
 */
final class TierLayout {
    /** Share of parts that are raw materials: few, and each used by many components. */
    static final double MATERIAL_SHARE = 0.05;

    private final int[] start;
    private final byte[] tierOfPart;

    private TierLayout(int[] start) {
        this.start = start;
        int parts = start[start.length - 1];
        tierOfPart = new byte[parts];
        for (int tier = 0; tier < start.length - 1; tier++) {
            for (int part = start[tier]; part < start[tier + 1]; part++) {
                tierOfPart[part] = (byte) tier;
            }
        }
    }

    /**
     * Top tier = one part per system, last tier = materials; the tiers between grow geometrically
     * from the top, with the growth factor chosen so that the sizes add up to {@code parts}.
     */
    static TierLayout of(int parts, int systems, int tiers) {
        int materials = (int) Math.max(2, Math.round(parts * MATERIAL_SHARE));
        int middle = parts - systems - materials;
        int middleTiers = tiers - 2;
        if (middle < middleTiers) {
            throw new IllegalArgumentException("too few parts (" + parts + ") for " + systems + " systems and "
                    + tiers + " tiers");
        }
        double low = 1e-6;
        double high = 1e6;
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(low * high);
            if (systems * geometricSum(mid, middleTiers) > middle) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double growth = low;
        int[] start = new int[tiers + 1];
        start[1] = systems;
        int assigned = 0;
        for (int tier = 1; tier < tiers - 2; tier++) {
            int remainingTiers = tiers - 2 - tier;
            int size = (int) Math.max(1, Math.round(systems * Math.pow(growth, tier)));
            size = Math.min(size, middle - assigned - remainingTiers);
            assigned += size;
            start[tier + 1] = start[tier] + size;
        }
        start[tiers - 1] = systems + middle;
        start[tiers] = parts;
        return new TierLayout(start);
    }

    private static double geometricSum(double growth, int terms) {
        double sum = 0;
        double power = 1;
        for (int i = 0; i < terms; i++) {
            power *= growth;
            sum += power;
        }
        return sum;
    }

    int tiers() {
        return start.length - 1;
    }

    int parts() {
        return start[start.length - 1];
    }

    int start(int tier) {
        return start[tier];
    }

    int size(int tier) {
        return start[tier + 1] - start[tier];
    }

    int tierOf(int part) {
        return tierOfPart[part];
    }

    boolean isMaterial(int part) {
        return tierOfPart[part] == tiers() - 1;
    }
}
