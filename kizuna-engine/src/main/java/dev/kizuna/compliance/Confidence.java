package dev.kizuna.compliance;

import java.util.Locale;
import java.util.Optional;

/**
 * How firmly the facts behind a rule are established, so that reports can say when a rule rests on
 * secondary reporting or on a date not yet confirmed.
 */
public enum Confidence {
    /** Read from the law or the regulator's own text. */
    PRIMARY,
    /** Known from secondary reporting. */
    SECONDARY,
    /** A figure or date reported but not confirmed. */
    UNCONFIRMED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Confidence> fromKey(String key) {
        for (Confidence c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
