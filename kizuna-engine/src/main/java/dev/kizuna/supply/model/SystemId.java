package dev.kizuna.supply.model;

/** Identifier of a {@code system} as written in the dataset; compared by its text. */
public record SystemId(String value) implements Comparable<SystemId> {
    public SystemId {
        Ids.requireText(value, "system id");
    }

    @Override
    public int compareTo(SystemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
