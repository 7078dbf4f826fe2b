package dev.kizuna.supply.model;

/** Identifier of a {@code part} as written in the dataset; compared by its text. */
public record PartId(String value) implements Comparable<PartId> {
    public PartId {
        Ids.requireText(value, "part id");
    }

    @Override
    public int compareTo(PartId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
