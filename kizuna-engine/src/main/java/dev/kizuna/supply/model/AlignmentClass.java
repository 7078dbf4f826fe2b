package dev.kizuna.supply.model;

/** Alignment classes of a country from the dataset's point of view, in report order. */
public enum AlignmentClass {
    HOME, ALLY, PARTNER, OTHER, CONCERN, UNKNOWN;

    private static final AlignmentClass[] VALUES = values();

    /** The lower-case key used in files and JSON, e.g. {@code concern}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AlignmentClass ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }
}
