package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.SystemId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One id instance per id text across all files, shared by the parallel file readers: a million
 * parts referenced from three million BOM rows would otherwise hold millions of equal strings.
 */
final class IdPool {
    private final ConcurrentHashMap<String, PartId> parts = new ConcurrentHashMap<>(1 << 12);
    private final ConcurrentHashMap<String, SiteId> sites = new ConcurrentHashMap<>(1 << 10);
    private final ConcurrentHashMap<String, OrganizationId> organizations = new ConcurrentHashMap<>(1 << 10);
    private final ConcurrentHashMap<String, SystemId> systems = new ConcurrentHashMap<>(1 << 6);

    PartId part(String text) {
        return intern(parts, text, PartId::new);
    }

    SiteId site(String text) {
        return intern(sites, text, SiteId::new);
    }

    OrganizationId organization(String text) {
        return intern(organizations, text, OrganizationId::new);
    }

    SystemId system(String text) {
        return intern(systems, text, SystemId::new);
    }

    private static <T> T intern(ConcurrentHashMap<String, T> pool, String text, Function<String, T> make) {
        if (text == null) {
            return null;
        }
        T id = pool.get(text); // the common case (already seen) takes no lock
        return id != null ? id : pool.computeIfAbsent(text, make);
    }
}
