package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;

/** The sources of each part, for "is this a source site of that part" checks. */
final class SourceSites {
    private final Table<Source> sources;
    private final Grouping byPart;

    SourceSites(Table<Source> sources, Grouping byPart) {
        this.sources = sources;
        this.byPart = byPart;
    }

    /** True when sources.csv has a row (any status) for the part at the site. */
    boolean has(int partRow, SiteId site) {
        for (int at = byPart.from(partRow); at < byPart.to(partRow); at++) {
            if (sources.rows.get(byPart.row(at)).siteId().equals(site)) {
                return true;
            }
        }
        return false;
    }

    boolean hasQualified(int partRow) {
        for (int at = byPart.from(partRow); at < byPart.to(partRow); at++) {
            if (sources.rows.get(byPart.row(at)).isQualified()) {
                return true;
            }
        }
        return false;
    }
}
