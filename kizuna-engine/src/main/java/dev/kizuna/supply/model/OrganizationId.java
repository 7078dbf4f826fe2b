package dev.kizuna.supply.model;

/** Identifier of a {@code organization} as written in the dataset; compared by its text. */
public record OrganizationId(String value) implements Comparable<OrganizationId> {
    public OrganizationId {
        Ids.requireText(value, "organization id");
    }

    @Override
    public int compareTo(OrganizationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
