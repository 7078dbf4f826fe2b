package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Numbers;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import java.math.BigDecimal;
import java.math.MathContext;

/** sources.csv: references resolve, no (part, site) twice, shares per contract 3.2. */
final class SourceChecks {
    static final double SHARE_TOLERANCE = 1e-6;

    private SourceChecks() {
    }

    /** Runs the checks; returns the sources by part, or null when sources.csv could not be read whole. */
    static SourceSites run(Table<Source> sources, PartIndex parts, IdTable<SiteId, SitesFile.Row> sites) {
        int[] partOf = new int[sources.size()];
        for (int row = 0; row < sources.size(); row++) {
            Source source = sources.rows.get(row);
            partOf[row] = source == null ? -1 : parts.of(source.partId());
            if (source == null) {
                continue;
            }
            if (partOf[row] < 0 && parts.complete()) {
                sources.problem(row, "part_id '" + source.partId() + "' is not an id in parts.csv");
            }
            if (sites.complete && !sites.defines(source.siteId())) {
                sources.problem(row, "site_id '" + source.siteId() + "' is not an id in sites.csv");
            }
        }
        if (!sources.complete) {
            return null;
        }
        Grouping byPart = new Grouping(parts.size(), partOf);
        for (int part = 0; part < parts.size(); part++) {
            if (byPart.to(part) > byPart.from(part)) {
                duplicates(sources, byPart, part);
                shares(sources, byPart, part);
            }
        }
        return new SourceSites(sources, byPart);
    }

    private static void duplicates(Table<Source> sources, Grouping byPart, int part) {
        // A part has a handful of sources: comparing pairs beats a hash map per part.
        for (int at = byPart.from(part) + 1; at < byPart.to(part); at++) {
            int row = byPart.row(at);
            Source source = sources.rows.get(row);
            for (int before = byPart.from(part); before < at; before++) {
                int first = byPart.row(before);
                if (sources.rows.get(first).siteId().equals(source.siteId())) {
                    sources.problem(row, "duplicate source for part '" + source.partId() + "' at site '"
                            + source.siteId() + "'; first on line " + sources.line(first));
                    break;
                }
            }
        }
    }

    private static void shares(Table<Source> sources, Grouping byPart, int part) {
        int qualified = 0;
        int given = 0;
        int firstQualified = -1;
        int firstWithout = -1;
        double sum = 0;
        for (int at = byPart.from(part); at < byPart.to(part); at++) {
            int row = byPart.row(at);
            if (sources.flawed.get(row)) {
                return; // its share may be unreadable; the row's own problem says so
            }
            Source source = sources.rows.get(row);
            if (!source.isQualified()) {
                continue;
            }
            qualified++;
            firstQualified = firstQualified < 0 ? row : firstQualified;
            if (Numbers.isPresent(source.share())) {
                given++;
                sum += source.share();
            } else if (firstWithout < 0) {
                firstWithout = row;
            }
        }
        PartId id = sources.rows.get(byPart.row(byPart.from(part))).partId();
        if (given > 0 && given < qualified) {
            sources.problem(firstWithout, "part '" + id + "': share is empty on this qualified source but given on "
                    + given + " other(s); give every qualified source of '" + id + "' a share, or none (equal split)");
        } else if (given == qualified && given > 0 && Math.abs(sum - 1) > SHARE_TOLERANCE) {
            sources.problem(firstQualified, "part '" + id + "': shares of its qualified sources sum to "
                    + format(sum) + ", not 1");
        }
    }

    private static String format(double value) {
        return new BigDecimal(value).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
}
