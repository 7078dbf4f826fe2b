package dev.kizuna.supply.model;

/** Identifier of a {@code site} as written in the dataset; compared by its text. */
public record SiteId(String value) implements Comparable<SiteId> {
    public SiteId {
        Ids.requireText(value, "site id");
    }

    @Override
    public int compareTo(SiteId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
