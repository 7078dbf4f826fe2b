package dev.kizuna.screening;

import java.util.List;
import java.util.Objects;

/**
 * An organization of the dataset as the screener sees it: its names and its direct parent.
 *
 * @param parentId the direct owner's id, or null
 */
public record ScreeningParty(String id, String name, List<String> aliases, String country, String parentId) {
    public ScreeningParty {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        country = country == null ? "" : country;
    }
}
