package dev.kizuna.risk;

/**
 * Importance of one basic event for one system (spec 3.8). A measure whose denominator is 0 is
 * {@code null} (JSON null) rather than NaN or infinity: Fussell-Vesely and risk achievement worth
 * when P(S) = 0, risk reduction worth when P(S | not e) = 0 (the event is needed for every way the
 * system can fail, so removing it would remove the risk entirely).
 */
public record EventImportance(String event, double birnbaum, Double fussellVesely, Double riskAchievementWorth,
                              Double riskReductionWorth) {
}
