package dev.kizuna.server.job;

import java.util.Locale;

public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobState parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
