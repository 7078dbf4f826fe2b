package dev.kizuna.io.dataset;

/** The allowed interval of a number column, with the wording used in messages. */
record Range(double min, boolean minExclusive, double max, String wording) {
    static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, "must be >= 0");
    static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, "must be > 0");
    static final Range FRACTION = new Range(0, false, 1, "must be between 0 and 1");
    static final Range SIGNED_FRACTION = new Range(-1, false, 1, "must be between -1 and 1");
    static final Range LATITUDE = new Range(-90, false, 90, "must be between -90 and 90");
    static final Range LONGITUDE = new Range(-180, false, 180, "must be between -180 and 180");

    boolean contains(double value) {
        return (minExclusive ? value > min : value >= min) && value <= max;
    }
}
