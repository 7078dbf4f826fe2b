package dev.kizuna.screening;

/**
 * Score thresholds of the bands: at or above {@code match} a fuzzy match is reported as a match, from
 * {@code review} up to it as needing review, below it not at all.
 */
public record ScreeningThresholds(double match, double review) {
    /** 0.92 and 0.80: measured on the hand-labelled list in the tests (docs/planning.md). */
    public static final ScreeningThresholds DEFAULT = new ScreeningThresholds(0.92, 0.80);

    public ScreeningThresholds {
        if (!(review > 0 && review <= match && match <= 1)) {
            throw new IllegalArgumentException("need 0 < review <= match <= 1, got review " + review + ", match " + match);
        }
    }

    /** The band of a score, or null below the review threshold. */
    public MatchBand band(double score) {
        if (score >= 1) {
            return MatchBand.EXACT;
        }
        if (score >= match) {
            return MatchBand.MATCH;
        }
        return score >= review ? MatchBand.REVIEW : null;
    }
}
