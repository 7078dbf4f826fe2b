package dev.kizuna.stress.lp;

/**
 * A constraint that holds at its bound at an optimum and whose relaxation would improve it.
 *
 * @param kind        what the constraint limits
 * @param part        the part, or null for a site capacity
 * @param site        the site, or null for pooled stock
 * @param shadowPrice objective gain per unit of relaxation (absolute value of the dual): weeks of
 *                    survival, money of impact or units of output per extra unit of capacity or stock
 */
public record Binding(Kind kind, String part, String site, double shadowPrice) {
    public enum Kind {
        /** capacity_per_week of one source times the horizon */
        SOURCE_CAPACITY,
        /** capacity_per_week of a site, shared by its sources */
        SITE_CAPACITY,
        /** stock at a knocked-out source: it runs out, nothing replaces it */
        STOCK_RUNS_OUT,
        /** production plus stock of a working source, all shipped */
        SOURCE_OUTPUT,
        /** pooled stock (no site) of a part, all used */
        POOLED_STOCK,
        /** everything a part's sources make or hold (stock included), all used */
        PART_SUPPLY
    }

    public String describe() {
        return switch (kind) {
            case SOURCE_CAPACITY -> "capacity of " + part + " at " + site;
            case SITE_CAPACITY -> "capacity of site " + site;
            case STOCK_RUNS_OUT -> "stock of " + part + " at knocked-out " + site + " runs out";
            case SOURCE_OUTPUT -> "output of " + part + " at " + site + " (production and stock) all used";
            case POOLED_STOCK -> "pooled stock of " + part + " runs out";
            case PART_SUPPLY -> "supply of " + part + " (production and stock at its sources) all used";
        };
    }
}
