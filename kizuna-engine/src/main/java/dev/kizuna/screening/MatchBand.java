package dev.kizuna.screening;

import java.util.Locale;

/** How strong a possible screening match is, strongest first. */
public enum MatchBand {
    /** The normalized names are equal. */
    EXACT,
    /** Score at or above the match threshold: treat as the listed party until cleared. */
    MATCH,
    /** Score in the review band: a person must look at it. */
    REVIEW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
