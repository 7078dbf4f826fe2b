package dev.kizuna.disruption;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spec 3.7 written as directly as possible on the dataset records, recursively: the reference the
 * compiled, array-based evaluator is compared with. Slow and simple on purpose.
 */
public final class NaiveKnockout {
    private final Dataset dataset;
    private final Set<String> sitesDown;
    private final Set<String> partsDown;

    public NaiveKnockout(Dataset dataset, Set<String> sitesDown, Set<String> partsDown) {
        this.dataset = dataset;
        this.sitesDown = sitesDown;
        this.partsDown = partsDown;
    }

    /** Sites knocked out by event keys, resolved from the records. */
    public static Set<String> sitesOf(Dataset dataset, List<String> events) {
        Map<String, Organization> orgs = new HashMap<>();
        dataset.organizations().forEach(o -> orgs.put(o.id().value(), o));
        Set<String> down = new java.util.TreeSet<>();
        for (String event : events) {
            String kind = event.substring(0, event.indexOf(':'));
            String id = event.substring(event.indexOf(':') + 1);
            for (Site site : dataset.sites()) {
                Organization root = orgs.get(site.organizationId().value());
                while (root.parentId() != null) {
                    root = orgs.get(root.parentId().value());
                }
                boolean hit = switch (kind) {
                    case "site" -> site.id().value().equals(id);
                    case "org" -> site.organizationId().value().equals(id);
                    case "country" -> site.country().value().equals(id);
                    case "control" -> root.country().value().equals(id);
                    default -> false;
                };
                if (hit) {
                    down.add(site.id().value());
                }
            }
        }
        return down;
    }

    public boolean systemAvailable(EndSystem system) {
        return available(system.topPartId().value());
    }

    public double systemVolume(EndSystem system) {
        return volume(system.topPartId().value(), weighted(qualified(system.topPartId().value())));
    }

    public boolean available(String part) {
        return availableThrough(part, qualified(part));
    }

    private boolean availableThrough(String part, List<Source> sources) {
        if (partsDown.contains(part)) {
            return false;
        }
        if (qualified(part).isEmpty()) {
            return true;
        }
        return sources.stream().anyMatch(this::up);
    }

    private boolean up(Source source) {
        if (sitesDown.contains(source.siteId().value())) {
            return false;
        }
        for (BomLine row : children(source)) {
            if (!availableThrough(row.childId().value(), approved(row))) {
                return false;
            }
        }
        return true;
    }

    private double volume(String part, Map<Source, Double> shares) {
        if (partsDown.contains(part)) {
            return 0;
        }
        if (qualified(part).isEmpty()) {
            return 1;
        }
        double sum = 0;
        for (Map.Entry<Source, Double> entry : shares.entrySet()) {
            Source source = entry.getKey();
            if (sitesDown.contains(source.siteId().value())) {
                continue;
            }
            double min = 1;
            for (BomLine row : children(source)) {
                min = Math.min(min, volume(row.childId().value(), weighted(approved(row))));
            }
            sum += entry.getValue() * min;
        }
        return Math.min(1, sum);
    }

    /** Shares of a set of qualified sources of one part, renormalised over the set (equal split if 0). */
    private Map<Source, Double> weighted(List<Source> sources) {
        Map<Source, Double> shares = new java.util.LinkedHashMap<>();
        if (sources.isEmpty()) {
            return shares;
        }
        List<Source> all = qualified(sources.get(0).partId().value());
        boolean given = all.stream().anyMatch(s -> !Double.isNaN(s.share()));
        double sum = 0;
        for (Source s : sources) {
            sum += given ? s.share() : 1.0 / all.size();
        }
        for (Source s : sources) {
            double own = given ? s.share() : 1.0 / all.size();
            shares.put(s, sum > 0 ? own / sum : 1.0 / sources.size());
        }
        return shares;
    }

    public List<Source> qualified(String part) {
        return dataset.sources().stream().filter(s -> s.partId().value().equals(part) && s.isQualified()).toList();
    }

    public List<BomLine> children(Source source) {
        List<BomLine> specific = new ArrayList<>();
        List<BomLine> generic = new ArrayList<>();
        for (BomLine row : dataset.bomLines()) {
            if (row.parentId().equals(source.partId())) {
                if (row.siteId() == null) {
                    generic.add(row);
                } else if (row.siteId().equals(source.siteId())) {
                    specific.add(row);
                }
            }
        }
        return specific.isEmpty() ? generic : specific;
    }

    public List<Source> approved(BomLine row) {
        List<Source> sources = qualified(row.childId().value());
        if (row.approvedSites().isEmpty()) {
            return sources;
        }
        Set<SiteId> allowed = Set.copyOf(row.approvedSites());
        return sources.stream().filter(s -> allowed.contains(s.siteId())).toList();
    }
}
