package dev.kizuna.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bill of materials, row by row and grouped by parent in part order (each parent's generic
 * bill, then its site-specific bill if any). Children always come from deeper tiers, so the BOM is
 * acyclic by construction. Every part below the top is some parent's child (tiers are "covered"
 * block by block), every part above the materials has a child in the next tier, and low-index
 * parts of a tier are drawn far more often than the rest: shared parts such as a common MCU.
 */
final class BomPlan {
    /** Target bom rows per part, as in a typical multi-level drone bill with shared parts. */
    static final double ROWS_PER_PART = 2.5;
    static final double SKIP_TIER_SHARE = 0.12;
    static final double DIRECT_MATERIAL_SHARE = 0.25;
    static final double APPROVED_LIST_SHARE = 0.03;
    static final double SITE_BILL_SHARE = 0.01;
    private static final double MATERIALS_PER_COMPONENT = 1.57;

    final int[] start;
    final IntList child = new IntList(1024);
    final DoubleList quantity = new DoubleList(1024);
    /** Site of a site-specific row, -1 for the generic bill. */
    final IntList site = new IntList(1024);
    /** Index into {@link #approvedLists}, -1 when the row has no approved vendor list. */
    final IntList approved = new IntList(1024);
    final List<int[]> approvedLists = new ArrayList<>();

    private final TierLayout layout;
    private final SourcePlan sources;
    private final SplittableRandom random;

    BomPlan(TierLayout layout, SourcePlan sources, SplittableRandom random) {
        this.layout = layout;
        this.sources = sources;
        this.random = random;
        int parts = layout.parts();
        start = new int[parts + 1];
        double extraParentsPerPart = extraParentsPerPart(layout);
        boolean siteBillMade = false;
        for (int part = 0; part < parts; part++) {
            start[part] = child.size();
            int tier = layout.tierOf(part);
            if (tier == layout.tiers() - 1) {
                continue;
            }
            int genericFrom = child.size();
            drawChildren(part, tier, extraParentsPerPart);
            int genericTo = child.size();
            boolean eligible = sources.qualifiedCount[part] >= 2;
            if (eligible && (random.nextDouble() < SITE_BILL_SHARE || !siteBillMade && tier >= 1)) {
                addSiteBill(part, genericFrom, genericTo);
                siteBillMade = true;
            }
        }
        start[parts] = child.size();
    }

    /** Extra parents per assembly or component beyond the one that covers it, to reach the row target. */
    private static double extraParentsPerPart(TierLayout layout) {
        int tiers = layout.tiers();
        int parts = layout.parts();
        double materialRows = layout.size(tiers - 2) * MATERIALS_PER_COMPONENT
                + DIRECT_MATERIAL_SHARE * layout.start(tiers - 2);
        double skipRows = tiers >= 4 ? SKIP_TIER_SHARE * layout.start(tiers - 3) : 0;
        int middle = layout.start(tiers - 1) - layout.start(1);
        double extra = (ROWS_PER_PART * parts - materialRows - skipRows - middle) / middle;
        return Math.max(0.05, Math.min(3.0, extra));
    }

    private void drawChildren(int part, int tier, double extraParentsPerPart) {
        int next = tier + 1;
        int materials = layout.tiers() - 1;
        long local = part - layout.start(tier);
        long size = layout.size(tier);
        long nextSize = layout.size(next);
        int coverFrom = layout.start(next) + (int) ceilDiv(local * nextSize, size);
        int coverTo = layout.start(next) + (int) ceilDiv((local + 1) * nextSize, size);
        int first = child.size();
        for (int c = coverFrom; c < coverTo; c++) {
            addRow(c, first);
        }
        if (next == materials) {
            int wanted = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.12 ? 1 : 0);
            while (child.size() - first < wanted && addRow(pickShared(materials, 2.5), first)) {
                // keep drawing until the component has its materials or a draw repeats
            }
            if (child.size() == first) {
                addRow(layout.start(materials), first);
            }
            return;
        }
        if (coverTo == coverFrom) {
            addRow(pickShared(next, 2.0), first);
        }
        int extra = Draw.roundedCount(random, extraParentsPerPart * nextSize / size);
        for (int n = 0; n < extra; n++) {
            addRow(pickShared(next, 2.0), first);
        }
        if (next + 1 < materials && random.nextDouble() < SKIP_TIER_SHARE) {
            addRow(pickShared(next + 1, 2.0), first);
        }
        if (random.nextDouble() < DIRECT_MATERIAL_SHARE) {
            addRow(pickShared(materials, 2.5), first);
        }
    }

    private static long ceilDiv(long numerator, long denominator) {
        return (numerator + denominator - 1) / denominator;
    }

    private int pickShared(int tier, double skew) {
        return layout.start(tier) + Draw.skewed(random, layout.size(tier), skew);
    }

    /** Adds a generic row unless the parent already has this child; returns whether it did. */
    private boolean addRow(int childPart, int firstOfParent) {
        if (child.contains(childPart, firstOfParent)) {
            return false;
        }
        child.add(childPart);
        quantity.add(drawQuantity(childPart));
        site.add(-1);
        approved.add(drawApproved(childPart));
        return true;
    }

    /** Whole units for parts (mostly 1; 6 to 12 for propellers, fasteners and the like); twentieths (0.05 to 2) for materials, exact in decimal. */
    private double drawQuantity(int childPart) {
        if (layout.isMaterial(childPart)) {
            return (1 + random.nextInt(40)) / 20.0;
        }
        double u = random.nextDouble();
        if (u < 0.6) {
            return 1;
        }
        if (u < 0.8) {
            return 2;
        }
        if (u < 0.94) {
            return 3 + random.nextInt(2);
        }
        return new int[] {6, 8, 12}[random.nextInt(3)];
    }

    /** Now and then an approved vendor list: some, not all, of the child's qualified source sites. */
    private int drawApproved(int childPart) {
        int qualified = sources.qualifiedCount[childPart];
        if (qualified < 2 || random.nextDouble() >= APPROVED_LIST_SHARE) {
            return -1;
        }
        int excluded = random.nextInt(qualified);
        int[] list = new int[qualified - 1];
        int n = 0;
        for (int i = 0; i < qualified; i++) {
            if (i != excluded) {
                list[n++] = sources.site.get(sources.qualified(childPart, i));
            }
        }
        approvedLists.add(list);
        return approvedLists.size() - 1;
    }

    /**
     * The bill used at the part's second qualified source: the generic one with one child swapped
     * for another part of the same tier (a different design at that plant), or its quantity doubled.
     */
    private void addSiteBill(int part, int genericFrom, int genericTo) {
        int siteIndex = sources.site.get(sources.qualified(part, 1));
        int changed = genericFrom + random.nextInt(genericTo - genericFrom);
        int original = child.get(changed);
        int tier = layout.tierOf(original);
        int replacement = -1;
        for (int attempt = 0; attempt < 4 && replacement < 0; attempt++) {
            int candidate = layout.start(tier) + random.nextInt(layout.size(tier));
            boolean used = false;
            for (int row = genericFrom; row < genericTo; row++) {
                used |= child.get(row) == candidate;
            }
            if (!used) {
                replacement = candidate;
            }
        }
        for (int row = genericFrom; row < genericTo; row++) {
            boolean swap = row == changed && replacement >= 0;
            child.add(swap ? replacement : child.get(row));
            double rowQuantity = quantity.get(row);
            quantity.add(row == changed && replacement < 0 ? rowQuantity * 2 : rowQuantity);
            site.add(siteIndex);
            approved.add(swap ? -1 : approved.get(row));
        }
    }

    boolean isSiteSpecific(int row) {
        return site.get(row) >= 0;
    }
}
