package dev.kizuna.server.analysis;

import java.util.Set;

/**
 * Implemented by the controllers that wire an engine's analyses, so the pages (and clients) learn
 * from GET /api/capabilities which analyses this build of the server offers.
 */
public interface Capability {
    /** Names of the synchronous analyses, e.g. {@code knockout}, served under /api/versions/{v}/NAME. */
    Set<String> analyses();

    /** Names of the exports, served under /api/versions/{v}/export/... */
    default Set<String> exports() {
        return Set.of();
    }
}
