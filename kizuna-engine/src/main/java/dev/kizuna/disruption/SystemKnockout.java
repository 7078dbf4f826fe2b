package dev.kizuna.disruption;

/**
 * One system under a knock-out (spec 3.7).
 *
 * @param weeklyValueAtRisk (1 - volume fraction) * demand per week * shortfall cost per unit, in the dataset's currency
 */
public record SystemKnockout(String id, boolean available, double volumeFraction, double weeklyValueAtRisk) {
}
