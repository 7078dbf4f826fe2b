package dev.kizuna.planning;

/**
 * Objective weights of the sourcing model (docs/planning.md). Content is the fleet-weighted home +
 * ally share (a fraction); cost is qualification spend over the budget (or over all offers' costs);
 * churn is the volume share moved; a drop is an existing source with at least the minimum volume
 * share that falls below it (the plan then loses a second source).
 */
public record PlanWeights(double content, double cost, double churn, double drop) {
    /** Spend and re-splits must each buy content: 1 point of share moved must gain 0.1 point of content. */
    public static final PlanWeights DEFAULT = new PlanWeights(1, 0.01, 1e-3, 2e-3);
}
