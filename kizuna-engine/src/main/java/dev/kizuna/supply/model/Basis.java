package dev.kizuna.supply.model;

/** Which country of a site classifies it: where it is, or who ultimately owns it (spec 3.1). */
public enum Basis {
    LOCATION, CONTROL;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
