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

    /**
     * Interns ids of one column of one file. Files are usually grouped by their first column (a
     * part's BOM rows or sources together), so the previous row's id is tried first: it is in
     * cache, while a lookup in a million-entry map mostly misses it.
     */
    static final class Column<T> {
        private final Function<String, T> intern;
        private String lastText;
        private T lastId;

        Column(Function<String, T> intern) {
            this.intern = intern;
        }

        T of(String text) {
            if (text == null) {
                return null;
            }
            if (!text.equals(lastText)) {
                lastId = intern.apply(text);
                lastText = text;
            }
            return lastId;
        }
    }

    Column<PartId> partColumn() {
        return new Column<>(this::part);
    }

    private static <T> T intern(ConcurrentHashMap<String, T> pool, String text, Function<String, T> make) {
        if (text == null) {
            return null;
        }
        T id = pool.get(text); // the common case (already seen) takes no lock
        return id != null ? id : pool.computeIfAbsent(text, make);
    }
}
