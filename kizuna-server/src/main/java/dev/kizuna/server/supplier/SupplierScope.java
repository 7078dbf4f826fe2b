package dev.kizuna.server.supplier;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Site;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a supplier may see in a dataset: its organization and the organizations it owns (directly
 * or down the parent chain), their sites, and the sources at those sites. Nothing of any other
 * organization.
 */
public record SupplierScope(String organization, Set<String> organizations, Set<String> sites) {

    public static SupplierScope of(Dataset dataset, String organization) {
        Map<String, String> parent = new HashMap<>();
        for (Organization org : dataset.organizations()) {
            parent.put(org.id().value(), org.parentId() == null ? null : org.parentId().value());
        }
        Set<String> organizations = new TreeSet<>();
        for (String id : parent.keySet()) {
            String at = id;
            int guard = parent.size() + 1;
            while (at != null && guard-- > 0) {
                if (at.equals(organization)) {
                    organizations.add(id);
                    break;
                }
                at = parent.get(at);
            }
        }
        Set<String> sites = new TreeSet<>();
        for (Site site : dataset.sites()) {
            if (organizations.contains(site.organizationId().value())) {
                sites.add(site.id().value());
            }
        }
        return new SupplierScope(organization, Set.copyOf(organizations), Set.copyOf(sites));
    }

    public boolean ownsSite(String site) {
        return sites.contains(site);
    }
}
