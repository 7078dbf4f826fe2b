package dev.kizuna.synthetic;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shape measures of a dataset, computed directly from the records for the tests. */
final class NetworkShape {
    private NetworkShape() {
    }

    /** The largest number of levels on a path from a system's top part down to a leaf. */
    static int levels(Dataset dataset) {
        Map<PartId, List<PartId>> children = new HashMap<>();
        for (BomLine b : dataset.bomLines()) {
            children.computeIfAbsent(b.parentId(), k -> new ArrayList<>()).add(b.childId());
        }
        Map<PartId, Integer> memo = new HashMap<>();
        int deepest = 0;
        for (EndSystem system : dataset.systems()) {
            deepest = Math.max(deepest, levels(system.topPartId(), children, memo));
        }
        return deepest;
    }

    private static int levels(PartId part, Map<PartId, List<PartId>> children, Map<PartId, Integer> memo) {
        Integer known = memo.get(part);
        if (known != null) {
            return known;
        }
        int below = 0;
        for (PartId child : children.getOrDefault(part, List.of())) {
            below = Math.max(below, levels(child, children, memo));
        }
        memo.put(part, below + 1);
        return below + 1;
    }

    /** Alignment classes of the sites of qualified sources, by location. */
    static Set<AlignmentClass> qualifiedLocationClasses(Dataset dataset) {
        Map<SiteId, CountryCode> siteCountry = new HashMap<>();
        for (Site s : dataset.sites()) {
            siteCountry.put(s.id(), s.country());
        }
        Set<AlignmentClass> classes = EnumSet.noneOf(AlignmentClass.class);
        for (Source s : dataset.sources()) {
            if (s.isQualified()) {
                classes.add(dataset.manifest().alignment().classOf(siteCountry.get(s.siteId())));
            }
        }
        return classes;
    }

    /** Organizations whose ultimate owner is in another country than they are. */
    static List<OrganizationId> foreignControlled(Dataset dataset) {
        Map<OrganizationId, Organization> byId = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            byId.put(o.id(), o);
        }
        List<OrganizationId> result = new ArrayList<>();
        for (Organization o : dataset.organizations()) {
            Organization root = o;
            while (root.parentId() != null) {
                root = byId.get(root.parentId());
            }
            if (!root.country().equals(o.country())) {
                result.add(o.id());
            }
        }
        return result;
    }

    /** Longest ownership chain (number of owners above an organization). */
    static int ownershipDepth(Dataset dataset) {
        Map<OrganizationId, Organization> byId = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            byId.put(o.id(), o);
        }
        int deepest = 0;
        for (Organization o : dataset.organizations()) {
            int depth = 0;
            for (Organization current = o; current.parentId() != null; current = byId.get(current.parentId())) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    static Map<PartId, Integer> qualifiedCounts(Dataset dataset) {
        Map<PartId, Integer> counts = new HashMap<>();
        dataset.parts().forEach(p -> counts.put(p.id(), 0));
        for (Source s : dataset.sources()) {
            if (s.isQualified()) {
                counts.merge(s.partId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
