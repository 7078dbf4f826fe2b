package dev.kizuna.supply.model;

import java.util.Locale;
import java.util.Optional;

/** Qualification state of a source. Only qualified sources carry volume (spec 3.2). */
public enum SourceStatus {
    QUALIFIED, QUALIFYING, CANDIDATE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceStatus> fromKey(String key) {
        for (SourceStatus status : values()) {
            if (status.key().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
