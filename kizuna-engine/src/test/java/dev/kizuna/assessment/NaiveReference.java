package dev.kizuna.assessment;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Numbers;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spec 3.2 to 3.6 written as directly as possible on the domain records, recursively and without
 * the compiled network: the reference the engine is compared against on random datasets.
 */
final class NaiveReference {
    private final Dataset dataset;
    private final Basis basis;
    private final Map<String, Part> parts = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();

    NaiveReference(Dataset dataset, Basis basis) {
        this.dataset = dataset;
        this.basis = basis;
        dataset.parts().forEach(p -> parts.put(p.id().value(), p));
        dataset.sites().forEach(s -> sites.put(s.id().value(), s));
        dataset.organizations().forEach(o -> organizations.put(o.id().value(), o));
    }

    CountryCode country(String siteId) {
        Site site = sites.get(siteId);
        if (basis == Basis.LOCATION) {
            return site.country();
        }
        Organization org = organizations.get(site.organizationId().value());
        while (org.parentId() != null) {
            org = organizations.get(org.parentId().value());
        }
        return org.country();
    }

    AlignmentClass classOf(String siteId) {
        return dataset.manifest().alignment().classOf(country(siteId));
    }

    List<Source> qualified(String partId) {
        return dataset.sources().stream().filter(s -> s.partId().value().equals(partId) && s.isQualified())
                .sorted(Comparator.comparing(s -> s.siteId().value())).toList();
    }

    /** w(s) of spec 3.2. */
    Map<String, Double> shares(String partId) {
        List<Source> q = qualified(partId);
        Map<String, Double> shares = new LinkedHashMap<>();
        boolean given = q.stream().anyMatch(s -> Numbers.isPresent(s.share()));
        for (Source s : q) {
            shares.put(s.siteId().value(), given ? Numbers.orZero(s.share()) : 1.0 / q.size());
        }
        return shares;
    }

    /** children(p, s) of spec 3.3; site null = generic. */
    List<BomLine> children(String partId, String siteId) {
        List<BomLine> specific = dataset.bomLines().stream()
                .filter(b -> b.parentId().value().equals(partId) && b.siteId() != null && b.siteId().value().equals(siteId))
                .toList();
        if (!specific.isEmpty()) {
            return specific;
        }
        return dataset.bomLines().stream().filter(b -> b.parentId().value().equals(partId) && b.siteId() == null).toList();
    }

    /** Approved qualified sources of the row's child with renormalised shares. */
    Map<String, Double> approved(BomLine row) {
        Map<String, Double> all = shares(row.childId().value());
        if (row.approvedSites().isEmpty()) {
            return all;
        }
        Set<String> allowed = new TreeSet<>();
        row.approvedSites().forEach(s -> allowed.add(s.value()));
        Map<String, Double> kept = new LinkedHashMap<>();
        all.forEach((site, w) -> {
            if (allowed.contains(site)) {
                kept.put(site, w);
            }
        });
        double sum = kept.values().stream().mapToDouble(Double::doubleValue).sum();
        kept.replaceAll((site, w) -> sum > 0 ? w / sum : 1.0 / kept.size());
        return kept;
    }

    double cost(String partId) {
        return Numbers.orZero(parts.get(partId).unitCost());
    }

    double[] content(String partId) {
        double[] result = new double[6];
        Map<String, Double> w = shares(partId);
        if (w.isEmpty()) {
            List<BomLine> rows = children(partId, null);
            double childCost = 0;
            for (BomLine row : rows) {
                childCost += row.quantity() * cost(row.childId().value());
                add(result, content(row.childId().value()), row.quantity());
            }
            result[AlignmentClass.UNKNOWN.ordinal()] += Math.max(0, cost(partId) - childCost);
            return result;
        }
        w.forEach((site, share) -> add(result, content(partId, site), share));
        return result;
    }

    double[] content(String partId, String siteId) {
        double[] result = new double[6];
        double childCost = 0;
        for (BomLine row : children(partId, siteId)) {
            String child = row.childId().value();
            childCost += row.quantity() * cost(child);
            if (shares(child).isEmpty()) {
                add(result, content(child), row.quantity());
                continue;
            }
            Map<String, Double> approved = approved(row);
            if (approved.isEmpty()) {
                double total = 0;
                for (double v : content(child)) {
                    total += v;
                }
                result[AlignmentClass.UNKNOWN.ordinal()] += row.quantity() * total;
                continue;
            }
            approved.forEach((site, share) -> add(result, content(child, site), row.quantity() * share));
        }
        result[classOf(siteId).ordinal()] += Math.max(0, cost(partId) - childCost);
        return result;
    }

    private static void add(double[] target, double[] value, double factor) {
        for (int k = 0; k < target.length; k++) {
            target[k] += factor * value[k];
        }
    }

    /** Reachable (part, site) pairs of spec 3.6 as "part@site", with every path of minimal length. */
    Map<String, List<String>> reachablePairsWithPath(String topPart) {
        Map<String, List<String>> best = new HashMap<>();
        List<List<String>> frontier = new ArrayList<>();
        shares(topPart).forEach((site, w) -> {
            if (w > 0) {
                frontier.add(List.of(topPart, site));
            }
        });
        // breadth first over all paths (small networks only); entries alternate part, site
        List<List<String>> level = frontier;
        while (!level.isEmpty()) {
            List<List<String>> next = new ArrayList<>();
            Map<String, List<String>> foundThisLevel = new HashMap<>();
            for (List<String> path : level) {
                String part = path.get(path.size() - 2);
                String site = path.get(path.size() - 1);
                String key = part + "@" + site;
                if (best.containsKey(key)) {
                    continue;
                }
                List<String> parts = partsOf(path);
                foundThisLevel.merge(key, parts, (a, b) -> compare(a, b) <= 0 ? a : b);
            }
            for (List<String> path : level) {
                String part = path.get(path.size() - 2);
                String site = path.get(path.size() - 1);
                String key = part + "@" + site;
                if (best.containsKey(key) || !foundThisLevel.get(key).equals(partsOf(path))) {
                    continue;
                }
                for (BomLine row : children(part, site)) {
                    approved(row).forEach((childSite, w) -> {
                        if (w > 0) {
                            List<String> longer = new ArrayList<>(path);
                            longer.add(row.childId().value());
                            longer.add(childSite);
                            next.add(longer);
                        }
                    });
                }
            }
            best.putAll(foundThisLevel);
            level = next;
        }
        return best;
    }

    private static List<String> partsOf(List<String> path) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < path.size(); i += 2) {
            parts.add(path.get(i));
        }
        return parts;
    }

    static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
