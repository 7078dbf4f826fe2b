package dev.kizuna.supply.model;

import java.util.Objects;

/** The contents of {@code kizuna.yaml}: format, name, point of view, currency and alignment lists. */
public record DatasetManifest(String format, String name, String currency, Alignment alignment)
        implements java.io.Serializable {
    public DatasetManifest {
        Objects.requireNonNull(alignment, "alignment");
        format = format == null ? "" : format;
        name = name == null ? "" : name;
        currency = currency == null ? "" : currency;
    }

    public CountryCode home() {
        return alignment.home();
    }
}
