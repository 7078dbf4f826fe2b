package dev.kizuna.supply.model;

import java.util.Locale;
import java.util.Optional;

/** What an organization does in the supply chain. */
public enum OrganizationKind {
    PRIME, MANUFACTURER, STARTUP, DISTRIBUTOR, MATERIAL, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrganizationKind> fromKey(String key) {
        for (OrganizationKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
